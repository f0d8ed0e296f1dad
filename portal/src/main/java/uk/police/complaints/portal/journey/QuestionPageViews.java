package uk.police.complaints.portal.journey;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.police.complaints.i18n.Language;

/** Builds the view of a question page from a definition, the answers, and the errors of a failed save. */
@Component
class QuestionPageViews {

    private final KnownFacts facts;

    QuestionPageViews(KnownFacts facts) {
        this.facts = facts;
    }

    QuestionPageView of(JourneyDefinition journey, JourneyPage page, JourneyPath path, Answers answers,
            List<FieldError> errors, boolean changing, Language language) {
        return of(journey, page, answers, errors, changing, backHref(journey, page, path, changing), language);
    }

    /**
     * The page drawn from what was posted alone, when the person's saved answers cannot be read: with no way
     * to know which page came before, it has no back link.
     */
    QuestionPageView unsaved(JourneyDefinition journey, JourneyPage page, Answers posted, boolean changing,
            Language language) {
        return of(journey, page, posted, List.of(), changing, null, language);
    }

    private QuestionPageView of(JourneyDefinition journey, JourneyPage page, Answers answers, List<FieldError> errors,
            boolean changing, String backHref, Language language) {
        Map<String, FieldError> errorByQuestion = errors.stream()
                .collect(Collectors.toMap(FieldError::question, Function.identity(), (first, second) -> first));
        List<QuestionView> questions = page.questions().stream()
                .map(question -> new QuestionView(question, journey.key(question.name()),
                        shownValues(question, answers, language),
                        question.fields().stream().map(answers::first).toList(),
                        errorByQuestion.get(question.name()),
                        page.questionIsHeading(),
                        limit(question)))
                .toList();
        String headingKey = page.questionIsHeading()
                ? journey.key(page.questions().get(0).name() + ".label")
                : journey.key(page.slug() + ".heading");
        return new QuestionPageView(journey.id(), page, headingKey, questions, errors,
                JourneyLinks.page(journey, page.slug(), changing), backHref,
                page.equals(journey.start()), facts.about(journey, answers, language));
    }

    private static List<String> shownValues(Question question, Answers answers, Language language) {
        if (question.suggestsPageLanguage() && !answers.has(question.name())) {
            return List.of(language.tag());
        }
        return answers.all(question.name());
    }

    private static String backHref(JourneyDefinition journey, JourneyPage page, JourneyPath path, boolean changing) {
        if (changing) {
            return JourneyLinks.checkAnswers(journey);
        }
        return path.before(page.slug()).map(previous -> JourneyLinks.page(journey, previous.slug(), false))
                .orElse("/");
    }

    /** The most characters an answer may have, as its character count and the validator count them. */
    static int limit(Question question) {
        if (question.maxLength() > 0) {
            return question.maxLength();
        }
        return question.type() == QuestionType.TEXTAREA ? AnswerValidator.TEXTAREA_LIMIT : AnswerValidator.TEXT_LIMIT;
    }
}
