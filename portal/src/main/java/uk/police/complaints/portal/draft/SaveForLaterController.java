package uk.police.complaints.portal.draft;

import java.time.ZoneId;
import java.util.ArrayList;
import java.time.LocalDate;
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
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;
import uk.police.complaints.i18n.LanguageResolver;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.journey.CsrfTokens;
import uk.police.complaints.portal.journey.FieldError;
import uk.police.complaints.portal.journey.FormPageView;
import uk.police.complaints.portal.journey.FormQuestions;
import uk.police.complaints.portal.journey.FileAnswer;
import uk.police.complaints.portal.journey.JourneyActions;
import uk.police.complaints.portal.journey.JourneyDefinition;
import uk.police.complaints.portal.journey.JourneySessionStore;
import uk.police.complaints.portal.journey.Journeys;
import uk.police.complaints.portal.journey.Question;

/**
 * "Save and come back later": how the person wants to come back (a link by e-mail, or a code and a memorable word),
 * then the draft is kept, the journey's answers leave the session, and the page says how to come back. Someone
 * helping several people saves each person's answers the same way, and each draft has its own way back.
 */
@Controller
class SaveForLaterController {

    private static final String HOW = "draft.how";
    private static final String FROM = "draft.from";
    private static final String SAVED_UNTIL = "draft.saved.until";
    private static final String SAVED_EMAIL = "draft.saved.email";
    private static final String SAVED_CODE = "draft.saved.code";

    private final Journeys journeys;
    private final JourneySessionStore store;
    private final DraftQuestions questions;
    private final Drafts drafts;
    private final DraftProperties properties;
    private final LanguageResolver languages;

    SaveForLaterController(Journeys journeys, JourneySessionStore store, DraftQuestions questions, Drafts drafts,
            DraftProperties properties, LanguageResolver languages) {
        this.journeys = journeys;
        this.store = store;
        this.questions = questions;
        this.drafts = drafts;
        this.properties = properties;
        this.languages = languages;
    }

    /** Reached from a question page's second button; {@code from} names that page, for the back link. */
    @GetMapping("/{journeyId:[a-z-]+}/save-and-return")
    Mono<String> showHow(@PathVariable String journeyId, @RequestParam(required = false) String from,
            ServerWebExchange exchange, Model model) {
        JourneyDefinition journey = journey(journeyId);
        return exchange.getSession().flatMap(session -> {
            if (from != null && journey.page(from).isPresent()) {
                session.getAttributes().put(FROM, from);
            }
            String chosen = session.getAttributeOrDefault(HOW, "");
            return howPage(journey, session, Answers.none().with(Map.of(DraftQuestions.HOW.name(),
                    chosen.isEmpty() ? List.of() : List.of(chosen))), List.of(), exchange, model);
        });
    }

    @PostMapping("/{journeyId:[a-z-]+}/save-and-return")
    Mono<String> chooseHow(@PathVariable String journeyId, ServerWebExchange exchange, Model model) {
        JourneyDefinition journey = journey(journeyId);
        return exchange.getFormData().zipWith(exchange.getSession()).flatMap(posted -> {
            Answers answers = FormQuestions.answers(posted.getT1(), DraftQuestions.HOW);
            Optional<FieldError> error = questions.check(DraftQuestions.HOW, answers);
            if (error.isPresent()) {
                return howPage(journey, posted.getT2(), answers, List.of(error.get()), exchange, model);
            }
            String how = answers.first(DraftQuestions.HOW.name());
            posted.getT2().getAttributes().put(HOW, how);
            return Mono.just("redirect:" + JourneyActions.saveAndReturn(journeyId)
                    + ("email".equals(how) ? "/email" : "/memorable-word"));
        });
    }

    @GetMapping("/{journeyId:[a-z-]+}/save-and-return/email")
    Mono<String> showEmail(@PathVariable String journeyId, ServerWebExchange exchange, Model model) {
        return onePage(journey(journeyId), DraftQuestions.EMAIL, "email", Answers.none(), List.of(), exchange, model);
    }

    @PostMapping("/{journeyId:[a-z-]+}/save-and-return/email")
    Mono<String> saveWithLink(@PathVariable String journeyId, ServerWebExchange exchange, Model model) {
        JourneyDefinition journey = journey(journeyId);
        return exchange.getFormData().zipWith(exchange.getSession()).flatMap(posted -> {
            Answers answers = FormQuestions.answers(posted.getT1(), DraftQuestions.EMAIL);
            Optional<FieldError> error = questions.check(DraftQuestions.EMAIL, answers);
            if (error.isPresent()) {
                return onePage(journey, DraftQuestions.EMAIL, "email", answers, List.of(error.get()), exchange, model);
            }
            String email = answers.first(DraftQuestions.EMAIL.name()).strip();
            WebSession session = posted.getT2();
            return save(journey, session, exchange, (content, files) -> drafts.saveWithLink(content, files, email))
                    .doOnNext(saved -> session.getAttributes().put(SAVED_EMAIL, email))
                    .map(saved -> "redirect:" + JourneyActions.saveAndReturn(journeyId) + "/saved")
                    .switchIfEmpty(Mono.just("redirect:" + start(journey)));
        });
    }

    @GetMapping("/{journeyId:[a-z-]+}/save-and-return/memorable-word")
    Mono<String> showWord(@PathVariable String journeyId, ServerWebExchange exchange, Model model) {
        return onePage(journey(journeyId), DraftQuestions.WORD, "memorable-word", Answers.none(), List.of(), exchange,
                model);
    }

    @PostMapping("/{journeyId:[a-z-]+}/save-and-return/memorable-word")
    Mono<String> saveWithCode(@PathVariable String journeyId, ServerWebExchange exchange, Model model) {
        JourneyDefinition journey = journey(journeyId);
        return exchange.getFormData().zipWith(exchange.getSession()).flatMap(posted -> {
            Answers answers = FormQuestions.answers(posted.getT1(), DraftQuestions.WORD);
            String word = answers.first(DraftQuestions.WORD.name()).strip();
            Optional<FieldError> error = questions.check(DraftQuestions.WORD, answers)
                    .or(() -> word.codePointCount(0, word.length()) < DraftSecrets.WORD_MINIMUM
                            ? Optional.of(FormQuestions.error(DraftQuestions.WORD, "draft.memorable-word.error.short",
                                    DraftSecrets.WORD_MINIMUM))
                            : Optional.empty());
            if (error.isPresent()) {
                return onePage(journey, DraftQuestions.WORD, "memorable-word", answers, List.of(error.get()),
                        exchange, model);
            }
            WebSession session = posted.getT2();
            return save(journey, session, exchange, (content, files) -> drafts.saveWithCode(content, files, word))
                    .doOnNext(saved -> saved.code().ifPresent(code -> session.getAttributes().put(SAVED_CODE, code)))
                    .map(saved -> "redirect:" + JourneyActions.saveAndReturn(journeyId) + "/saved")
                    .switchIfEmpty(Mono.just("redirect:" + start(journey)));
        });
    }

    @GetMapping("/{journeyId:[a-z-]+}/save-and-return/saved")
    Mono<String> showSaved(@PathVariable String journeyId, WebSession session, Model model) {
        JourneyDefinition journey = journey(journeyId);
        String until = session.getAttribute(SAVED_UNTIL);
        if (until == null) {
            return Mono.just("redirect:" + start(journey));
        }
        model.addAttribute("journeyId", journeyId);
        model.addAttribute("until", LocalDate.parse(until));
        model.addAttribute("email", session.getAttribute(SAVED_EMAIL));
        model.addAttribute("code", session.getAttribute(SAVED_CODE));
        model.addAttribute("resumeAddress", properties.publicAddress().resolve(ResumeController.PATH).toString());
        model.addAttribute("startAgain", start(journey));
        return Mono.just("draft/saved");
    }

    private interface Saving {
        Mono<SavedDraft> save(DraftContent content, List<String> uploadIds);
    }

    /**
     * Keeps the draft, then takes the journey out of the session so that the next person's answers start empty.
     * Nothing to save (the session has no answers for the journey): nothing is kept.
     */
    private Mono<SavedDraft> save(JourneyDefinition journey, WebSession session, ServerWebExchange exchange,
            Saving saving) {
        Answers answers = store.load(session, journey);
        if (answers.fields().isEmpty()) {
            return Mono.empty();
        }
        DraftContent content = new DraftContent(journey.id(), journey.version(), languages.resolve(exchange), answers);
        List<String> files = FileAnswer.allIn(journey, answers).stream().map(file -> file.getValue().uploadId())
                .distinct().toList();
        return saving.save(content, files).doOnNext(saved -> {
            store.clear(session, journey);
            session.getAttributes().remove(HOW);
            session.getAttributes().remove(FROM);
            session.getAttributes().remove(SAVED_EMAIL);
            session.getAttributes().remove(SAVED_CODE);
            session.getAttributes().put(SAVED_UNTIL, saved.expiresAt().atZoneSameInstant(ZoneId.of("Europe/London"))
                    .toLocalDate().toString());
        });
    }

    private Mono<String> howPage(JourneyDefinition journey, WebSession session, Answers answers,
            List<FieldError> errors, ServerWebExchange exchange, Model model) {
        String back = "/" + journey.id() + "/" + session.getAttributeOrDefault(FROM, journey.start().slug());
        List<FormPageView.Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(new FormPageView.Paragraph("draft.how.kept", List.of(properties.keepFor().toDays())));
        paragraphs.add(new FormPageView.Paragraph("draft.how.helping", List.of()));
        model.addAttribute("view", new FormPageView("draft.how.heading", "draft.how.heading", paragraphs,
                List.of(FormQuestions.view(DraftQuestions.HOW, DraftQuestions.KEYS, answers, errors, false)), errors,
                JourneyActions.saveAndReturn(journey.id()), back, journey.id(), null));
        return CsrfTokens.withToken(exchange, model, FormQuestions.PAGE);
    }

    private Mono<String> onePage(JourneyDefinition journey, Question question,
            String slug, Answers answers, List<FieldError> errors, ServerWebExchange exchange, Model model) {
        model.addAttribute("view", new FormPageView(DraftQuestions.KEYS + "." + question.name() + ".label", null, List.of(),
                List.of(FormQuestions.view(question, DraftQuestions.KEYS, answers, errors, true)), errors,
                JourneyActions.saveAndReturn(journey.id()) + "/" + slug, JourneyActions.saveAndReturn(journey.id()),
                journey.id(), null));
        return CsrfTokens.withToken(exchange, model, FormQuestions.PAGE);
    }

    private static String start(JourneyDefinition journey) {
        return "/" + journey.id() + "/" + journey.start().slug();
    }

    private JourneyDefinition journey(String id) {
        return journeys.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
