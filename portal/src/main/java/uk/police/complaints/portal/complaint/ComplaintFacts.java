package uk.police.complaints.portal.complaint;

import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.journey.JourneyFacts;
import uk.police.complaints.portal.reference.PoliceBodies;
import uk.police.complaints.portal.reference.PoliceBody;

/** Who a complaint is sent to, in the page's language: the force it is about, or the IOPC when that is not known. */
@Component
class ComplaintFacts implements JourneyFacts {

    private final PoliceBodies policeBodies;
    private final MessageSource messages;

    ComplaintFacts(PoliceBodies policeBodies, MessageSource messages) {
        this.policeBodies = policeBodies;
        this.messages = messages;
    }

    @Override
    public String journeyId() {
        return ComplaintJourney.ID;
    }

    @Override
    public Map<String, Object> from(Answers answers, Language language) {
        if (!answers.has("force")) {
            return Map.of();
        }
        String sentTo = policeBodies.find(ComplaintRecords.destination(answers))
                .map(body -> body.name(language))
                .orElseGet(() -> messages.getMessage("complaint.sent-to.iopc", null, language.locale()));
        return Map.of(SENT_TO, sentTo);
    }
}
