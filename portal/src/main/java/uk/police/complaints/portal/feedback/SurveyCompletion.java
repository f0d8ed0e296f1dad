package uk.police.complaints.portal.feedback;

import java.util.List;
import reactor.core.publisher.Mono;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.journey.JourneyCompletion;
import uk.police.complaints.portal.journey.JourneyDefinition;

/**
 * Sending a survey: its response goes to the back office as anonymous feedback (the reference only if the person
 * chose to add it), its ratings are counted, and the person is thanked without a reference of their own.
 */
class SurveyCompletion implements JourneyCompletion {

    private final String survey;
    private final List<String> ratings;
    private final FeedbackStore store;

    SurveyCompletion(String survey, List<String> ratings, FeedbackStore store) {
        this.survey = survey;
        this.ratings = List.copyOf(ratings);
        this.store = store;
    }

    @Override
    public String journeyId() {
        return survey;
    }

    @Override
    public Mono<String> complete(JourneyDefinition journey, Answers answersOnPath, Language language,
            String sendKey) {
        return store.store(FeedbackResponse.from(journey, answersOnPath, language, ratings), sendKey);
    }

    @Override
    public boolean showsReference() {
        return false;
    }
}
