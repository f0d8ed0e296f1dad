package uk.police.complaints.portal.review;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.journey.JourneyFacts;
import uk.police.complaints.portal.reference.PoliceBodies;

/** The deadline ("26 Mawrth 2026") and the body that will review the application, for the review journey's words. */
@Component
class ReviewFacts implements JourneyFacts {

    private final PoliceBodies policeBodies;
    private final MessageSource messages;

    ReviewFacts(PoliceBodies policeBodies, MessageSource messages) {
        this.policeBodies = policeBodies;
        this.messages = messages;
    }

    @Override
    public String journeyId() {
        return ReviewJourney.ID;
    }

    @Override
    public Map<String, Object> from(Answers answers, Language language) {
        Map<String, Object> facts = new HashMap<>();
        try {
            answers.date("letter-date").ifPresent(date -> facts.put("deadline", language.date(ReviewTimeLimit.deadline(date))));
        } catch (IllegalStateException notADateYet) {
            // A date still being corrected on its own page has no deadline to show yet.
        }
        if (answers.has("review-body") && answers.has("force")) {
            ReviewBody body = ReviewBody.from(answers, policeBodies.find(answers.first("force")));
            String reviewBody = body.name(language)
                    .orElseGet(() -> messages.getMessage("review.body.iopc", null, language.locale()));
            facts.put("reviewBody", reviewBody);
            facts.put(JourneyFacts.SENT_TO, reviewBody);
        }
        return facts;
    }
}
