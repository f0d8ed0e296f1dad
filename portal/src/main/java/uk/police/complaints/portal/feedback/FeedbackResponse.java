package uk.police.complaints.portal.feedback;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.applicant.ApplicantRecords;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.journey.JourneyDefinition;
import uk.police.complaints.portal.journey.Question;
import uk.police.complaints.portal.journey.QuestionType;

/**
 * One survey response as it leaves: the answers by question (a list for a multiple choice), the guide it is about
 * for "Was this page useful?", a reference only when the person chose to add one, and any equality answers, which
 * travel apart.
 *
 * @param ratings the answers to the rating questions, counted for the service's own figures
 */
record FeedbackResponse(String survey, Language language, Map<String, Object> answers, Optional<String> page,
        Optional<String> reference, Optional<ApplicantRecords.Equality> equality, Map<String, String> ratings) {

    FeedbackResponse {
        answers = Map.copyOf(answers);
        ratings = Map.copyOf(ratings);
    }

    static FeedbackResponse from(JourneyDefinition journey, Answers answers, Language language, List<String> rated) {
        Map<String, Object> given = new LinkedHashMap<>();
        journey.questions().forEach((name, question) -> {
            if (Question.isAboutEquality(name) || name.equals("add-reference") || name.equals("reference")) {
                return;
            }
            if (question.type() == QuestionType.CHECKBOXES) {
                if (!answers.all(name).isEmpty()) {
                    given.put(name, List.copyOf(answers.all(name)));
                }
            } else {
                Optional.ofNullable(ApplicantRecords.text(answers, name)).ifPresent(value -> given.put(name, value));
            }
        });
        Optional<String> reference = "yes".equals(answers.first("add-reference"))
                ? Optional.ofNullable(ApplicantRecords.text(answers, "reference"))
                : Optional.empty();
        Map<String, String> ratings = new LinkedHashMap<>();
        rated.forEach(question -> Optional.ofNullable(ApplicantRecords.text(answers, question))
                .ifPresent(value -> ratings.put(question, value)));
        return new FeedbackResponse(journey.id(), language, given, Optional.empty(), reference,
                ApplicantRecords.equality(answers), ratings);
    }

    @Override
    public String toString() {
        return "FeedbackResponse[" + survey + ", " + language.tag() + "]";
    }
}
