package uk.police.complaints.portal.draft;

import java.util.List;
import uk.police.complaints.portal.journey.FieldError;
import uk.police.complaints.portal.journey.QuestionView;

/**
 * A page of the save-and-return forms, drawn with the journey engine's question fragments.
 *
 * @param headingKey the page's h1; none when the one question is the heading
 * @param journeyId the journey whose answers are being saved, for the timeout warning; none when taking one up
 */
record DraftPageView(String titleKey, String headingKey, List<Paragraph> paragraphs, List<QuestionView> questions,
        List<FieldError> errors, String action, String backHref, String journeyId) {

    record Paragraph(String key, List<Object> arguments) {

        Paragraph {
            arguments = List.copyOf(arguments);
        }

        public Object[] argumentArray() {
            return arguments.toArray();
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
