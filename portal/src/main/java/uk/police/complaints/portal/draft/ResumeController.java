package uk.police.complaints.portal.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;
import uk.police.complaints.i18n.LanguageResolver;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.journey.CsrfTokens;
import uk.police.complaints.portal.journey.FieldError;
import uk.police.complaints.portal.journey.FormPageView;
import uk.police.complaints.portal.journey.FormQuestions;
import uk.police.complaints.portal.journey.JourneyDefinition;
import uk.police.complaints.portal.journey.JourneyNavigator;
import uk.police.complaints.portal.journey.JourneyPage;
import uk.police.complaints.portal.journey.JourneySessionStore;
import uk.police.complaints.portal.journey.Journeys;

/**
 * Going back to saved answers: by the e-mailed link (its page has a button, so a mail scanner that opens links
 * does not use the link up), or by code and memorable word. The answers go back into the session, the draft is
 * deleted, and the person lands where they stopped, in the language they were using.
 */
@Controller
class ResumeController {

    static final String PATH = "/resume";
    private static final String CANNOT_RESUME = "draft/cannot-resume";

    private final Drafts drafts;
    private final DraftQuestions questions;
    private final Journeys journeys;
    private final JourneySessionStore store;
    private final JourneyNavigator navigator;
    private final DraftProperties properties;

    ResumeController(Drafts drafts, DraftQuestions questions, Journeys journeys, JourneySessionStore store,
            JourneyNavigator navigator, DraftProperties properties) {
        this.drafts = drafts;
        this.questions = questions;
        this.journeys = journeys;
        this.store = store;
        this.navigator = navigator;
        this.properties = properties;
    }

    @GetMapping(PATH)
    Mono<String> showCodeForm(ServerWebExchange exchange, Model model) {
        return codeForm(Answers.none(), List.of(), exchange, model);
    }

    @PostMapping(PATH)
    Mono<String> resumeWithCode(ServerWebExchange exchange, Model model) {
        return exchange.getFormData().zipWith(exchange.getSession()).flatMap(posted -> {
            Answers answers = FormQuestions.answers(posted.getT1(), DraftQuestions.CODE, DraftQuestions.WORD_AGAIN);
            List<FieldError> errors = new ArrayList<>();
            questions.check(DraftQuestions.CODE, answers)
                    .or(() -> DraftSecrets.looksLikeACode(answers.first(DraftQuestions.CODE.name())) ? Optional.empty()
                            : Optional.of(FormQuestions.error(DraftQuestions.CODE, "draft.code.error.format")))
                    .ifPresent(errors::add);
            questions.check(DraftQuestions.WORD_AGAIN, answers).ifPresent(errors::add);
            if (!errors.isEmpty()) {
                return codeForm(answers, errors, exchange, model);
            }
            return drafts.takeUpWithCode(answers.first(DraftQuestions.CODE.name()),
                            answers.first(DraftQuestions.WORD_AGAIN.name()))
                    .flatMap(check -> switch (check.outcome()) {
                        case TAKEN_UP -> restore(check.draft().orElseThrow(), posted.getT2());
                        case LOCKED -> cannotResume("locked", model);
                        case WRONG_WORD -> codeForm(keepCode(answers), List.of(FormQuestions.error(
                                DraftQuestions.CODE, "draft.code.error.wrong-word", check.triesLeft())), exchange, model);
                        case NOT_KNOWN -> codeForm(keepCode(answers), List.of(FormQuestions.error(
                                DraftQuestions.CODE, "draft.code.error.not-known", properties.keepFor().toDays())),
                                exchange, model);
                    });
        });
    }

    @GetMapping(PATH + "/{token:[A-Za-z0-9_-]+}")
    Mono<String> showLink(@PathVariable String token, ServerWebExchange exchange, Model model) {
        return drafts.linkWorks(token).flatMap(works -> {
            if (!works) {
                return cannotResume("link", model);
            }
            model.addAttribute("action", PATH + "/" + token);
            return CsrfTokens.withToken(exchange, model, "draft/resume-link");
        });
    }

    @PostMapping(PATH + "/{token:[A-Za-z0-9_-]+}")
    Mono<String> resumeWithLink(@PathVariable String token, WebSession session, Model model) {
        return drafts.takeUpWithLink(token).flatMap(draft -> draft.map(found -> restore(found, session))
                .orElseGet(() -> cannotResume("link", model)));
    }

    /**
     * Puts the answers back and leads to the first page still to answer (or check answers). Answers saved against
     * an older version of the journey are not reused (see {@link JourneySessionStore}): the journey starts again.
     * The session gets a new id, so an id someone else knew before (fixed in the browser, say) reaches nothing.
     */
    private Mono<String> restore(DraftContent draft, WebSession session) {
        Optional<JourneyDefinition> found = journeys.find(draft.journeyId());
        if (found.isEmpty()) {
            return Mono.just("redirect:/?" + LanguageResolver.PARAMETER + "=" + draft.language().tag());
        }
        JourneyDefinition journey = found.get();
        Answers answers = draft.version() == journey.version() ? draft.answers() : Answers.none();
        store.save(session, journey, answers);
        String slug = navigator.walk(journey, answers).next().map(JourneyPage::slug)
                .orElse(JourneyDefinition.CHECK_ANSWERS);
        return session.changeSessionId().thenReturn("redirect:/" + journey.id() + "/" + slug + "?"
                + LanguageResolver.PARAMETER + "=" + draft.language().tag());
    }

    /** After a wrong try the code stays as typed, and the memorable word is asked again. */
    private static Answers keepCode(Answers answers) {
        return Answers.none().with(Map.of(DraftQuestions.CODE.name(),
                answers.all(DraftQuestions.CODE.name())));
    }

    private Mono<String> codeForm(Answers answers, List<FieldError> errors, ServerWebExchange exchange, Model model) {
        model.addAttribute("view", new FormPageView("draft.resume.heading", "draft.resume.heading",
                List.of(new FormPageView.Paragraph("draft.resume.code", List.of()),
                        new FormPageView.Paragraph("draft.resume.link", List.of())),
                List.of(FormQuestions.view(DraftQuestions.CODE, DraftQuestions.KEYS, answers, errors, false),
                        FormQuestions.view(DraftQuestions.WORD_AGAIN, DraftQuestions.KEYS, answers, errors, false)),
                errors, PATH, "/", null, null));
        return CsrfTokens.withToken(exchange, model, FormQuestions.PAGE);
    }

    private Mono<String> cannotResume(String why, Model model) {
        model.addAttribute("why", why);
        model.addAttribute("days", properties.keepFor().toDays());
        model.addAttribute("wrongWordsAllowed", properties.wrongWordsAllowed());
        return Mono.just(CANNOT_RESUME);
    }
}
