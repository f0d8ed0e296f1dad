package uk.police.complaints.portal.feedback;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
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
import uk.police.complaints.content.ContentLibrary;
import uk.police.complaints.i18n.LanguageResolver;
import uk.police.complaints.portal.journey.AnswerValidator;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.automation.AutomationGuard;
import uk.police.complaints.portal.journey.CsrfTokens;
import uk.police.complaints.portal.journey.FieldError;
import uk.police.complaints.portal.journey.FormPageView;
import uk.police.complaints.portal.journey.FormQuestions;
import uk.police.complaints.portal.journey.Question;
import uk.police.complaints.portal.journey.QuestionType;
import uk.police.complaints.portal.applicant.ApplicantPages;

/**
 * "Was this page useful?" under each guide: the guide's Yes and No are links (readers of guides get no session),
 * to a one-question form that also asks, if they want, how the page could be better. Sent as anonymous feedback.
 */
@Controller
class PageUsefulController {

    static final String SURVEY = "page-useful";
    private static final Question USEFUL = Question.choice("useful", QuestionType.RADIOS,
            ApplicantPages.options(SURVEY, "useful", "yes", "no"));
    private static final Question IMPROVE = Question.required("improve", QuestionType.TEXTAREA).asOptional()
            .withHint().limitedTo(1_200);

    private final ContentLibrary guides;
    private final AnswerValidator validator;
    private final AutomationGuard guard;
    private final FeedbackStore store;
    private final LanguageResolver languages;

    PageUsefulController(@Qualifier("guides") ContentLibrary guides, AnswerValidator validator, AutomationGuard guard,
            FeedbackStore store, LanguageResolver languages) {
        this.guides = guides;
        this.validator = validator;
        this.guard = guard;
        this.store = store;
        this.languages = languages;
    }

    @GetMapping("/know-your-rights/{slug:[a-z0-9-]+}/useful")
    Mono<String> showQuestion(@PathVariable String slug, @RequestParam(required = false) String answer,
            ServerWebExchange exchange, Model model) {
        guide(slug);
        Answers chosen = "yes".equals(answer) || "no".equals(answer)
                ? Answers.none().with(Map.of(USEFUL.name(), List.of(answer))) : Answers.none();
        return form(slug, chosen, List.of(), exchange, model);
    }

    @PostMapping("/know-your-rights/{slug:[a-z0-9-]+}/useful")
    Mono<String> send(@PathVariable String slug, ServerWebExchange exchange, Model model) {
        guide(slug);
        return exchange.getFormData().flatMap(form -> {
            Answers answers = FormQuestions.answers(form, USEFUL, IMPROVE);
            List<FieldError> errors = List.of(USEFUL, IMPROVE).stream()
                    .map(question -> validator.validate(SURVEY, question, answers))
                    .flatMap(Optional::stream).toList();
            if (!errors.isEmpty()) {
                return form(slug, answers, errors, exchange, model);
            }
            String thanks = "redirect:/know-your-rights/" + slug + "/useful/thanks";
            if (guard.filledByARobot(form)) {
                return Mono.just(thanks);
            }
            String useful = answers.first(USEFUL.name());
            Map<String, Object> given = answers.first(IMPROVE.name()).isBlank()
                    ? Map.of(USEFUL.name(), useful)
                    : Map.of(USEFUL.name(), useful, IMPROVE.name(), answers.first(IMPROVE.name()).strip());
            return guard.countSend(exchange).then(Mono.defer(() -> store.store(new FeedbackResponse(SURVEY,
                    languages.resolve(exchange), given, Optional.of(slug), Optional.empty(), Optional.empty(),
                    Map.of(USEFUL.name(), useful)), UUID.randomUUID().toString())))
                    .thenReturn(thanks);
        });
    }

    @GetMapping("/know-your-rights/{slug:[a-z0-9-]+}/useful/thanks")
    String thank(@PathVariable String slug, ServerWebExchange exchange, Model model) {
        model.addAttribute("guide", guide(slug).find(slug, languages.resolve(exchange)).orElseThrow());
        return "feedback/page-useful-thanks";
    }

    private Mono<String> form(String slug, Answers answers, List<FieldError> errors, ServerWebExchange exchange,
            Model model) {
        model.addAttribute("view", new FormPageView(SURVEY + ".useful.label", null, List.of(),
                List.of(FormQuestions.view(USEFUL, SURVEY, answers, errors, true),
                        FormQuestions.view(IMPROVE, SURVEY, answers, errors, false)),
                errors, "/know-your-rights/" + slug + "/useful", "/know-your-rights/" + slug, null,
                AutomationGuard.HONEYPOT));
        return CsrfTokens.withToken(exchange, model, FormQuestions.PAGE);
    }

    private ContentLibrary guide(String slug) {
        if (!guides.slugs().contains(slug)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return guides;
    }
}
