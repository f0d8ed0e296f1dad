package uk.police.complaints.portal.journey;

import java.util.List;
import java.util.Map;

/**
 * Everything the generic question page template needs, for any page of any journey.
 *
 * @param facts named values the page's paragraphs may use (see {@link JourneyFacts})
 */
public record QuestionPageView(String journeyId, JourneyPage page, String headingKey, List<QuestionView> questions,
        List<FieldError> errors, String action, String backHref, boolean startsTheJourney, Map<String, Object> facts) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
