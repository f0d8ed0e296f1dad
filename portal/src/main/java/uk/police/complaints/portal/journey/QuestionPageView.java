package uk.police.complaints.portal.journey;

import java.util.List;

/** Everything the generic question page template needs, for any page of any journey. */
public record QuestionPageView(String journeyId, JourneyPage page, String headingKey, List<QuestionView> questions,
        List<FieldError> errors, String action, String backHref, boolean startsTheJourney) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
