package uk.police.complaints.portal.journey;

import java.time.Instant;
import java.util.Optional;
import org.springframework.web.server.WebSession;

/**
 * What a person sent in this session: its reference, when, and the answers. Kept in the session until it ends,
 * and nowhere else, for the confirmation page and the copy to download.
 */
public record SentJourney(String reference, Instant sentAt, Answers answers) {

    static void keep(WebSession session, JourneyDefinition journey, SentJourney sent) {
        session.getAttributes().put(attribute(journey, "reference"), sent.reference());
        session.getAttributes().put(attribute(journey, "sent"), new SavedAnswers(journey.version(), sent.answers()));
        session.getAttributes().put(attribute(journey, "sent-at"), sent.sentAt().toEpochMilli());
    }

    /** A robot is thanked as a person is, with a confirmation page, but nothing it sent is kept. */
    static void keepNothingFor(WebSession session, JourneyDefinition journey) {
        session.getAttributes().put(attribute(journey, "reference"), "");
    }

    /** Whether this session has sent the journey, and so may see its confirmation. */
    static boolean hasSent(WebSession session, JourneyDefinition journey) {
        return session.getAttribute(attribute(journey, "reference")) != null;
    }

    public static Optional<SentJourney> in(WebSession session, JourneyDefinition journey) {
        String reference = session.getAttribute(attribute(journey, "reference"));
        Object answers = session.getAttribute(attribute(journey, "sent"));
        Long sentAt = session.getAttribute(attribute(journey, "sent-at"));
        if (reference == null || !(answers instanceof SavedAnswers saved) || sentAt == null) {
            return Optional.empty();
        }
        return Optional.of(new SentJourney(reference, Instant.ofEpochMilli(sentAt), saved.answers()));
    }

    private static String attribute(JourneyDefinition journey, String what) {
        return "journey." + journey.id() + "." + what;
    }
}
