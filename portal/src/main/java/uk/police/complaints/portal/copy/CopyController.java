package uk.police.complaints.portal.copy;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.i18n.LanguageResolver;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.journey.JourneyCompletion;
import uk.police.complaints.portal.journey.JourneyDefinition;
import uk.police.complaints.portal.journey.JourneyNavigator;
import uk.police.complaints.portal.journey.JourneyPath;
import uk.police.complaints.portal.journey.JourneySessionStore;
import uk.police.complaints.portal.journey.Journeys;
import uk.police.complaints.portal.journey.SentJourney;

/**
 * "Download a copy of your answers (PDF)": from the confirmation page, a copy of what was sent, in the page's
 * language; from check answers, a copy of the answers so far, for a client to read before their representative
 * sends it. Made while the session holds the answers, never kept: once the session has ended, the link says how
 * to ask the body it was sent to for a copy.
 */
@Controller
class CopyController {

    /** The value of {@code equality} that asks for the equality monitoring answers to be in the copy. */
    static final String INCLUDE = "include";
    static final String UNAVAILABLE = "/copy-no-longer-available";

    private final Journeys journeys;
    private final Set<String> journeysWithACopy;
    private final JourneySessionStore store;
    private final JourneyNavigator navigator;
    private final AnswersCopies copies;
    private final PdfCopies pdfs;
    private final LanguageResolver languages;
    private final Clock clock;

    CopyController(Journeys journeys, List<JourneyCompletion> completions, JourneySessionStore store,
            JourneyNavigator navigator, AnswersCopies copies, PdfCopies pdfs, LanguageResolver languages, Clock clock) {
        this.journeys = journeys;
        // A journey that gives a reference sends something a person may need to prove: a survey does not.
        this.journeysWithACopy = completions.stream().filter(JourneyCompletion::showsReference)
                .map(JourneyCompletion::journeyId).collect(Collectors.toUnmodifiableSet());
        this.store = store;
        this.navigator = navigator;
        this.copies = copies;
        this.pdfs = pdfs;
        this.languages = languages;
        this.clock = clock;
    }

    @GetMapping("/{journeyId:[a-z-]+}/" + JourneyDefinition.CONFIRMATION + "/" + JourneyDefinition.COPY)
    Mono<ResponseEntity<?>> copyOfSent(@PathVariable String journeyId, @RequestParam(required = false) String equality,
            ServerWebExchange exchange) {
        JourneyDefinition journey = journey(journeyId);
        Language language = languages.resolve(exchange);
        return exchange.getSession().flatMap(session -> SentJourney.in(session, journey)
                .map(sent -> pdf(copies.ofSent(journey, sent, language, INCLUDE.equals(equality))))
                .orElseGet(() -> seeOther(UNAVAILABLE)));
    }

    /** Where the link leads once the session, and the answers with it, have gone. */
    @GetMapping(UNAVAILABLE)
    String showUnavailable() {
        return "copy/unavailable";
    }

    @GetMapping("/{journeyId:[a-z-]+}/" + JourneyDefinition.CHECK_ANSWERS + "/" + JourneyDefinition.COPY)
    Mono<ResponseEntity<?>> copyOfAnswers(@PathVariable String journeyId, ServerWebExchange exchange) {
        JourneyDefinition journey = journey(journeyId);
        Language language = languages.resolve(exchange);
        return exchange.getSession().flatMap(session -> {
            Answers answers = store.load(session, journey);
            JourneyPath path = navigator.walk(journey, answers);
            if (!path.reachesCheckAnswers()) {
                // Check answers sends the person on to what is still to answer, or says their session has ended.
                return seeOther("/" + journey.id() + "/" + JourneyDefinition.CHECK_ANSWERS);
            }
            return pdf(copies.ofUnsent(journey, answers.only(path.fields()), language, clock.instant()));
        });
    }

    private static Mono<ResponseEntity<?>> seeOther(String path) {
        return Mono.just(ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(path)).build());
    }

    private Mono<ResponseEntity<?>> pdf(AnswersCopy copy) {
        return Mono.fromCallable(() -> pdfs.pdf(copy))
                // Laying out a PDF is blocking work: off the event loop.
                .subscribeOn(Schedulers.boundedElastic())
                .map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .cacheControl(CacheControl.noStore())
                        .header("Content-Disposition", ContentDisposition.attachment()
                                .filename(pdfs.fileName(copy)).build().toString())
                        .body(bytes));
    }

    private JourneyDefinition journey(String id) {
        return journeys.find(id).filter(journey -> journeysWithACopy.contains(journey.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
