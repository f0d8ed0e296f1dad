package uk.police.complaints.portal.journey;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.i18n.LanguageResolver;
import uk.police.complaints.portal.automation.AutomationGuard;

/**
 * Check your answers, the declaration and sending, then the confirmation with the reference. Only answers on the
 * person's current path are shown and sent; the reference is shown only after the journey's completion has
 * committed the record.
 */
@Controller
class CheckAnswersController {

    private final Journeys journeys;
    private final JourneyNavigator navigator;
    private final JourneySessionStore store;
    private final CheckAnswersRows rows;
    private final LanguageResolver languages;
    private final Map<String, JourneyCompletion> completions;
    private final KnownFacts facts;
    private final AutomationGuard guard;
    private final JourneyMetrics metrics;
    private final Clock clock;

    CheckAnswersController(Journeys journeys, JourneyNavigator navigator, JourneySessionStore store,
            CheckAnswersRows rows, LanguageResolver languages, List<JourneyCompletion> completions, KnownFacts facts,
            AutomationGuard guard, JourneyMetrics metrics, Clock clock) {
        this.clock = clock;
        this.guard = guard;
        this.metrics = metrics;
        this.journeys = journeys;
        this.navigator = navigator;
        this.store = store;
        this.rows = rows;
        this.languages = languages;
        this.facts = facts;
        this.completions = completions.stream()
                .collect(Collectors.toUnmodifiableMap(JourneyCompletion::journeyId, Function.identity()));
    }

    @GetMapping("/{journeyId:[a-z-]+}/" + JourneyDefinition.CHECK_ANSWERS)
    Mono<String> showCheckAnswers(@PathVariable String journeyId, ServerWebExchange exchange, Model model) {
        JourneyDefinition journey = journey(journeyId);
        return exchange.getSession().flatMap(session -> {
            Answers answers = store.load(session, journey);
            JourneyPath path = navigator.walk(journey, answers);
            if (!path.reachesCheckAnswers()) {
                return Mono.just(redirectToNext(journey, path));
            }
            model.addAttribute("journeyId", journey.id());
            model.addAttribute("rows", rows.rows(journey, path, answers, languages.resolve(exchange)));
            model.addAttribute("action", JourneyLinks.checkAnswers(journey));
            model.addAttribute("backHref", JourneyLinks.page(journey, path.completed().get(path.completed().size() - 1).slug(), false));
            if (completion(journey).showsReference()) {
                model.addAttribute("copyHref", JourneyLinks.copyOfAnswers(journey));
            }
            model.addAttribute("honeypot", AutomationGuard.HONEYPOT);
            guard.pageShown(session, journey.id());
            SendKeys.of(session, journey);
            return CsrfTokens.withToken(exchange, model, "journey/check-answers");
        });
    }

    @PostMapping("/{journeyId:[a-z-]+}/" + JourneyDefinition.CHECK_ANSWERS)
    Mono<String> send(@PathVariable String journeyId, ServerWebExchange exchange, Model model) {
        JourneyDefinition journey = journey(journeyId);
        return exchange.getFormData().zipWith(exchange.getSession()).flatMap(posted -> {
            WebSession session = posted.getT2();
            if (guard.filledByARobot(posted.getT1())) {
                // Thanked like a person, so it learns nothing; nothing is kept or sent.
                store.clear(session, journey);
                SentJourney.keepNothingFor(session, journey);
                return Mono.just("redirect:" + JourneyLinks.page(journey, JourneyDefinition.CONFIRMATION, false));
            }
            if (guard.sentTooSoon(session, journey.id())) {
                model.addAttribute("tooSoon", true);
                exchange.getResponse().setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
                return showCheckAnswers(journeyId, exchange, model);
            }
            return guard.countSend(exchange).then(Mono.defer(() -> send(journey, completion(journey), exchange)));
        });
    }

    private Mono<String> send(JourneyDefinition journey, JourneyCompletion completion, ServerWebExchange exchange) {
        return exchange.getSession().flatMap(session -> {
            Answers answers = store.load(session, journey);
            JourneyPath path = navigator.walk(journey, answers);
            if (!path.reachesCheckAnswers()) {
                return Mono.just(redirectToNext(journey, path));
            }
            Answers sent = answers.only(path.fields());
            Language language = languages.resolve(exchange);
            return completion.complete(journey, sent, language, SendKeys.of(session, journey))
                    .flatMap(reference -> {
                        metrics.sent(journey, language);
                        store.clear(session, journey);
                        SendKeys.clear(session, journey);
                        SentJourney.keep(session, journey, new SentJourney(reference, clock.instant(), sent));
                        // A new id once something is sent: an id someone else knew before reaches nothing sent.
                        return session.changeSessionId()
                                .thenReturn("redirect:" + JourneyLinks.page(journey, JourneyDefinition.CONFIRMATION, false));
                    });
        });
    }

    @GetMapping("/{journeyId:[a-z-]+}/" + JourneyDefinition.CONFIRMATION)
    Mono<String> showConfirmation(@PathVariable String journeyId, ServerWebExchange exchange, Model model) {
        JourneyDefinition journey = journey(journeyId);
        return exchange.getSession().map(session -> {
            if (!SentJourney.hasSent(session, journey)) {
                return "redirect:" + JourneyLinks.page(journey, journey.start().slug(), false);
            }
            model.addAttribute("journeyId", journey.id());
            model.addAttribute("showsReference", completion(journey).showsReference());
            Language language = languages.resolve(exchange);
            Optional<SentJourney> sent = SentJourney.in(session, journey);
            Answers sentAnswers = sent.map(SentJourney::answers).orElse(Answers.none());
            // A copy of what was sent, to print or download, for people told to keep a record.
            sent.ifPresent(kept -> {
                model.addAttribute("reference", kept.reference());
                model.addAttribute("rows", rows.rows(journey, navigator.walk(journey, sentAnswers), sentAnswers,
                        language));
                if (completion(journey).showsReference()) {
                    model.addAttribute("copyHref", JourneyLinks.copyOfSent(journey));
                    model.addAttribute("copyWithEqualityHref", sentAnswers.hasEqualityAnswers()
                            ? JourneyLinks.copyOfSent(journey) + "?equality=include" : null);
                }
            });
            model.addAttribute("facts", facts.about(journey, sentAnswers, language));
            return "journey/confirmation";
        });
    }

    private static String redirectToNext(JourneyDefinition journey, JourneyPath path) {
        return "redirect:" + JourneyLinks.page(journey, path.next().orElseThrow().slug(), false);
    }

    private JourneyCompletion completion(JourneyDefinition journey) {
        JourneyCompletion completion = completions.get(journey.id());
        if (completion == null) {
            throw new IllegalStateException("journey " + journey.id() + " has no completion");
        }
        return completion;
    }

    private JourneyDefinition journey(String id) {
        return journeys.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
