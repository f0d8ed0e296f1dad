package uk.police.complaints.portal.journey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Replays answers from the first page, following each page's first route whose condition holds, and stops at the
 * first page without valid answers. Navigation, back links, check answers and the submission all come from this
 * one walk, so they can never disagree, and answers on a branch the person has left are never used.
 */
@Component
public class JourneyNavigator {

    private final AnswerValidator validator;
    private final Clock clock;

    public JourneyNavigator(AnswerValidator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    public JourneyPath walk(JourneyDefinition journey, Answers answers) {
        List<JourneyPage> completed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JourneyPage page = journey.start();
        while (true) {
            if (!seen.add(page.slug())) {
                throw new IllegalStateException("journey " + journey.id() + " loops back to " + page.slug());
            }
            if (!isComplete(journey, page, answers)) {
                return new JourneyPath(completed, java.util.Optional.of(page));
            }
            completed.add(page);
            String target = nextTarget(page, answers);
            if (JourneyDefinition.CHECK_ANSWERS.equals(target)) {
                return new JourneyPath(completed, java.util.Optional.empty());
            }
            page = journey.page(target).orElseThrow(() -> new IllegalStateException(
                    "journey " + journey.id() + " has no page " + target));
        }
    }

    /** The first route of the page whose condition holds. */
    public String nextTarget(JourneyPage page, Answers answers) {
        return page.routes().stream()
                .filter(route -> route.condition().holds(answers, LocalDate.now(clock)))
                .findFirst()
                .map(Route::target)
                .orElseThrow(() -> new IllegalStateException("no route from " + page.slug() + " holds"));
    }

    /** An interstitial counts as complete once the person has continued from it, which records its slug. */
    private boolean isComplete(JourneyDefinition journey, JourneyPage page, Answers answers) {
        if (page.questions().isEmpty()) {
            return answers.has(page.slug());
        }
        return page.questions().stream().allMatch(question ->
                question.fields().stream().anyMatch(answers::has) && validator.validate(journey.id(), question, answers).isEmpty());
    }
}
