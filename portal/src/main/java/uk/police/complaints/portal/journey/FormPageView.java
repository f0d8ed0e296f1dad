package uk.police.complaints.portal.journey;

import java.util.List;

/**
 * A small form outside a journey's pages (saving a draft, taking one up, "Was this page useful?"), drawn with the
 * journey engine's question fragments by {@code journey/form-page}.
 *
 * @param headingKey the page's h1; none when the one question is the heading
 * @param journeyId the journey whose answers are in the session, for the timeout warning; none outside one
 * @param honeypot the name of the field only robots fill in, on forms anyone can send; none on others
 */
public record FormPageView(String titleKey, String headingKey, List<Paragraph> paragraphs, List<QuestionView> questions,
        List<FieldError> errors, String action, String backHref, String journeyId, String honeypot) {

    public record Paragraph(String key, List<Object> arguments) {

        public Paragraph {
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
