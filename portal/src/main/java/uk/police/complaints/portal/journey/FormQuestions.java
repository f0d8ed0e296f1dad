package uk.police.complaints.portal.journey;

import java.util.List;
import java.util.Map;

/**
 * Questions asked on a small form outside a journey's pages ({@link FormPageView}), read and drawn the way journey
 * questions are: the same fields, the same fragments, the same errors.
 */
public final class FormQuestions {

    public static final String PAGE = "journey/form-page";

    private FormQuestions() {
    }

    /** The first value the form posted for each question's field, as journey answers. */
    public static Answers answers(Map<String, List<String>> form, Question... questions) {
        Answers answers = Answers.none();
        for (Question question : questions) {
            String value = values(form, question.name()).stream().findFirst().orElse("");
            answers = answers.with(Map.of(question.name(), List.of(value)));
        }
        return answers;
    }

    /**
     * The values a form posted for a field. A field sent without '=' ({@code story} rather than {@code story=}) is
     * read as null by WebFlux: it is an empty answer, not a server error.
     */
    static List<String> values(Map<String, List<String>> form, String field) {
        return form.getOrDefault(field, List.of()).stream().map(value -> value == null ? "" : value).toList();
    }

    /** A question as its fragment draws it; its words are {@code <keyPrefix>.<question>.*}. */
    public static QuestionView view(Question question, String keyPrefix, Answers answers, List<FieldError> errors,
            boolean isHeading) {
        FieldError error = errors.stream().filter(found -> found.question().equals(question.name())).findFirst()
                .orElse(null);
        return new QuestionView(question, keyPrefix + "." + question.name(), answers.all(question.name()), List.of(),
                error, isHeading, QuestionPageViews.limit(question));
    }

    public static FieldError error(Question question, String messageKey, Object... arguments) {
        return new FieldError(question.name(), question.name(), messageKey, List.of(arguments));
    }
}
