package uk.police.complaints.portal.journey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.police.complaints.i18n.IcuMessageSource;
import uk.police.complaints.i18n.Language;

/**
 * Refuses a journey definition that could strand a person: duplicate pages, routes to nowhere, a page with no
 * way on, a loop, a condition on a question not asked before it, or words missing in either language.
 */
public final class JourneyDefinitionCheck {

    /** The words of check answers, the declaration and the confirmation, which each journey says its own way. */
    static final List<String> ENDING_KEYS = List.of("check-answers.heading", "check-answers.send.heading",
            "check-answers.declaration", "check-answers.send", "confirmation.heading", "confirmation.next");

    private static final Set<String> RESERVED_SLUGS = Set.of(JourneyDefinition.CHECK_ANSWERS, JourneyDefinition.CONFIRMATION);

    private final IcuMessageSource messages;

    public JourneyDefinitionCheck(IcuMessageSource messages) {
        this.messages = messages;
    }

    /** Every problem found; empty when the journey is sound. */
    public List<String> problems(JourneyDefinition journey) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> position = new HashMap<>();
        Map<String, Integer> askedOn = new HashMap<>();
        for (int i = 0; i < journey.pages().size(); i++) {
            JourneyPage page = journey.pages().get(i);
            if (position.put(page.slug(), i) != null) {
                problems.add("page " + page.slug() + " is defined twice");
            }
            if (RESERVED_SLUGS.contains(page.slug())) {
                problems.add("page " + page.slug() + " has the address of check answers or the confirmation");
            }
            for (Question question : page.questions()) {
                if (askedOn.put(question.name(), i) != null) {
                    problems.add("question " + question.name() + " is asked twice");
                }
                checkSuggestedLanguage(question, problems);
            }
        }
        for (JourneyPage page : journey.pages()) {
            checkRoutes(journey, page, position, askedOn, problems);
            keys(journey, page).forEach(key -> checkKey(key, problems));
        }
        ENDING_KEYS.forEach(suffix -> checkKey(journey.key(suffix), problems));
        findLoop(journey, position).ifPresent(problems::add);
        return problems;
    }

    public void requireSound(JourneyDefinition journey) {
        List<String> problems = problems(journey);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("journey " + journey.id() + " is not sound: " + String.join("; ", problems));
        }
    }

    private static void checkRoutes(JourneyDefinition journey, JourneyPage page, Map<String, Integer> position,
            Map<String, Integer> askedOn, List<String> problems) {
        if (page.isStop()) {
            return;
        }
        if (page.routes().isEmpty() || !(page.routes().get(page.routes().size() - 1).condition()
                instanceof Condition.Always)) {
            problems.add("page " + page.slug() + " has no route for when no condition holds");
        }
        for (Route route : page.routes()) {
            if (!route.target().equals(JourneyDefinition.CHECK_ANSWERS) && !position.containsKey(route.target())) {
                problems.add("page " + page.slug() + " leads to " + route.target() + ", which does not exist");
            }
            for (String question : route.condition().questions()) {
                Integer asked = askedOn.get(question);
                if (asked == null || asked > position.get(page.slug())) {
                    problems.add("a route from " + page.slug() + " reads " + question + ", which is not asked before it");
                }
            }
        }
    }

    private static void checkSuggestedLanguage(Question question, List<String> problems) {
        if (!question.suggestsPageLanguage()) {
            return;
        }
        Set<String> values = new HashSet<>();
        question.options().forEach(option -> values.add(option.value()));
        for (Language language : Language.values()) {
            if (question.type() != QuestionType.RADIOS || !values.contains(language.tag())) {
                problems.add("question " + question.name() + " suggests the page language but has no radio for "
                        + language.tag());
            }
        }
    }

    /** Every message key a page needs. */
    static List<String> keys(JourneyDefinition journey, JourneyPage page) {
        List<String> keys = new ArrayList<>(page.paragraphs());
        page.links().forEach(link -> keys.add(link.textKey()));
        if (!page.questionIsHeading()) {
            keys.add(journey.key(page.slug() + ".heading"));
        }
        for (Question question : page.questions()) {
            keys.add(journey.key(question.name() + ".label"));
            if (question.hasHint()) {
                keys.add(journey.key(question.name() + ".hint"));
            }
            if (!question.optional()) {
                keys.add(journey.key(question.name() + ".error.required"));
            }
            for (Option option : question.options()) {
                if (!option.isNamed()) {
                    keys.add(option.labelKey());
                }
                if (option.hintKey() != null) {
                    keys.add(option.hintKey());
                }
            }
        }
        return keys;
    }

    private void checkKey(String key, List<String> problems) {
        for (Language language : Language.values()) {
            if (messages.pattern(key, language) == null) {
                problems.add("message " + key + " is missing in " + language.tag());
            }
        }
    }

    private static java.util.Optional<String> findLoop(JourneyDefinition journey, Map<String, Integer> position) {
        Set<String> finished = new HashSet<>();
        for (JourneyPage page : journey.pages()) {
            java.util.Optional<String> loop = visit(journey, page.slug(), new HashSet<>(), finished, position);
            if (loop.isPresent()) {
                return loop;
            }
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<String> visit(JourneyDefinition journey, String slug, Set<String> onStack,
            Set<String> finished, Map<String, Integer> position) {
        if (slug.equals(JourneyDefinition.CHECK_ANSWERS) || !position.containsKey(slug) || finished.contains(slug)) {
            return java.util.Optional.empty();
        }
        if (!onStack.add(slug)) {
            return java.util.Optional.of("the routes loop back to " + slug);
        }
        for (Route route : journey.page(slug).orElseThrow().routes()) {
            java.util.Optional<String> loop = visit(journey, route.target(), onStack, finished, position);
            if (loop.isPresent()) {
                return loop;
            }
        }
        onStack.remove(slug);
        finished.add(slug);
        return java.util.Optional.empty();
    }
}
