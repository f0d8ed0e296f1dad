package uk.police.complaints.portal.journey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import uk.police.complaints.i18n.LanguageResolver;
import uk.police.complaints.portal.automation.AutomationGuard;

/**
 * The one controller behind every question page of every journey: show a page, save it (or show what to put
 * right, keeping what was typed), and send the person to the next page the path leads to.
 */
@Controller
class JourneyController {

    static final String QUESTION_PAGE = "journey/question-page";

    private final Journeys journeys;
    private final JourneyNavigator navigator;
    private final AnswerValidator validator;
    private final JourneySessionStore store;
    private final QuestionPageViews views;
    private final LanguageResolver languages;
    private final FileQuestionForms fileForms;
    private final JourneyMetrics metrics;
    private final AutomationGuard guard;

    JourneyController(Journeys journeys, JourneyNavigator navigator, AnswerValidator validator,
            JourneySessionStore store, QuestionPageViews views, LanguageResolver languages,
            FileQuestionForms fileForms, JourneyMetrics metrics, AutomationGuard guard) {
        this.metrics = metrics;
        this.guard = guard;
        this.journeys = journeys;
        this.navigator = navigator;
        this.validator = validator;
        this.store = store;
        this.views = views;
        this.languages = languages;
        this.fileForms = fileForms;
    }

    @GetMapping("/{journeyId:[a-z-]+}/{slug:[a-z0-9-]+}")
    Mono<String> showPage(@PathVariable String journeyId, @PathVariable String slug,
            @RequestParam(defaultValue = "false") boolean change, ServerWebExchange exchange, Model model) {
        JourneyDefinition journey = journey(journeyId);
        JourneyPage page = page(journey, slug);
        return exchange.getSession().flatMap(session -> {
            Answers answers = store.load(session, journey);
            JourneyPath path = navigator.walk(journey, answers);
            if (!path.canVisit(slug)) {
                return Mono.just(redirectToWhereTheyAre(journey, path));
            }
            model.addAttribute("view", views.of(journey, page, path, answers, List.of(), change,
                    languages.resolve(exchange)));
            guard.pageShown(session, journey.id());
            return CsrfTokens.withToken(exchange, model, QUESTION_PAGE);
        });
    }

    @PostMapping("/{journeyId:[a-z-]+}/{slug:[a-z0-9-]+}")
    Mono<String> savePage(@PathVariable String journeyId, @PathVariable String slug,
            @RequestParam(defaultValue = "false") boolean change, ServerWebExchange exchange, Model model) {
        JourneyDefinition journey = journey(journeyId);
        JourneyPage page = page(journey, slug);
        if (page.isStop()) {
            return Mono.just("redirect:" + JourneyLinks.page(journey, slug, false));
        }
        return exchange.getSession().flatMap(session -> {
            Answers answers = store.load(session, journey);
            JourneyPath path = navigator.walk(journey, answers);
            if (!path.canVisit(slug)) {
                return Mono.just(redirectToWhereTheyAre(journey, path));
            }
            return posted(page, answers, exchange).flatMap(posted -> {
                Answers updated = answers.with(posted.answers());
                if (posted.removed()) {
                    store.save(session, journey, updated);
                    return Mono.just("redirect:" + JourneyLinks.page(journey, slug, change));
                }
                List<FieldError> errors = !posted.errors().isEmpty() ? posted.errors() : page.questions().stream()
                        .map(question -> validator.validate(journey.id(), question, updated))
                        .flatMap(Optional::stream)
                        .toList();
                if (posted.saving() && !errors.isEmpty() && nothingTyped(page, posted.answers())) {
                    store.save(session, journey, answers.with(filesOnly(page, posted.answers())));
                    return Mono.just("redirect:" + JourneyActions.saveAndReturnFrom(journey.id(), slug));
                }
                boolean tooSoon = guard.sentTooSoon(session, journey.id());
                if (!errors.isEmpty() || tooSoon) {
                    // Files that were taken are kept even when another on the page was refused.
                    store.save(session, journey, answers.with(filesOnly(page, posted.answers())));
                    model.addAttribute("view", views.of(journey, page, path, updated, errors, change,
                            languages.resolve(exchange)));
                    if (errors.isEmpty()) {
                        // Shown again with what was typed, asking the person to check it: a person never sees this.
                        model.addAttribute("tooSoon", true);
                        exchange.getResponse().setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
                    }
                    guard.pageShown(session, journey.id());
                    return CsrfTokens.withToken(exchange, model, QUESTION_PAGE);
                }
                if (page.equals(journey.start()) && answers.fields().isEmpty()) {
                    metrics.started(journey, languages.resolve(exchange));
                }
                store.save(session, journey, updated);
                return Mono.just("redirect:" + (posted.saving() ? JourneyActions.saveAndReturnFrom(journey.id(), slug)
                        : afterSaving(journey, page, updated, change)));
            });
        });
    }

    /** A page of file questions posts multipart; every other page posts an ordinary form. */
    private Mono<FileQuestionForms.Posted> posted(JourneyPage page, Answers answers, ServerWebExchange exchange) {
        if (page.asksForFiles()) {
            return fileForms.read(page, answers, exchange);
        }
        return exchange.getFormData().map(form -> new FileQuestionForms.Posted(PostedAnswers.of(page, form), List.of(), false,
                JourneyActions.SAVE.equals(form.getFirst(JourneyActions.FIELD))));
    }

    /**
     * Whether a page sent to be saved for later was left empty: then what was answered before is saved, and the
     * person is not asked to answer this page first. Anything typed must be valid to be kept.
     */
    private static boolean nothingTyped(JourneyPage page, Map<String, List<String>> posted) {
        return page.questions().stream().filter(question -> question.type() != QuestionType.FILE)
                .flatMap(question -> question.fields().stream())
                .allMatch(field -> posted.getOrDefault(field, List.of()).stream().allMatch(String::isBlank));
    }

    private static Map<String, List<String>> filesOnly(JourneyPage page, Map<String, List<String>> posted) {
        Map<String, List<String>> files = new LinkedHashMap<>();
        page.questions().stream().filter(question -> question.type() == QuestionType.FILE)
                .forEach(question -> files.put(question.name(), posted.getOrDefault(question.name(), List.of())));
        return files;
    }

    /**
     * From check answers, go back there only once the path reaches it again with every page answered; a changed
     * answer that opens a new branch leads through that branch first.
     */
    private String afterSaving(JourneyDefinition journey, JourneyPage page, Answers answers, boolean changing) {
        if (changing) {
            JourneyPath path = navigator.walk(journey, answers);
            return path.next().map(next -> JourneyLinks.page(journey, next.slug(), true))
                    .orElseGet(() -> JourneyLinks.checkAnswers(journey));
        }
        return JourneyLinks.afterSaving(journey, navigator.nextTarget(page, answers));
    }

    private static String redirectToWhereTheyAre(JourneyDefinition journey, JourneyPath path) {
        return "redirect:" + path.next().map(next -> JourneyLinks.page(journey, next.slug(), false))
                .orElseGet(() -> JourneyLinks.checkAnswers(journey));
    }

    private JourneyDefinition journey(String id) {
        return journeys.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static JourneyPage page(JourneyDefinition journey, String slug) {
        return journey.page(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
