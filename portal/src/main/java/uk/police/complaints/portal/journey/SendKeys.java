package uk.police.complaints.portal.journey;

import java.util.UUID;
import org.springframework.web.server.WebSession;

/**
 * The key a journey is sent under, kept in the session from the moment check answers is shown until the journey
 * is sent: a person who sends again after a failure that left them unsure (the database going away as it
 * committed, the session store as the confirmation was being kept) sends the same key, and what was kept the first
 * time is found rather than kept twice. Made before the send, so the session already holds it whatever happens then.
 */
final class SendKeys {

    private static final String PREFIX = "portal.send-key.";

    private SendKeys() {
    }

    /** The journey's key, made now if the session has none yet. */
    static String of(WebSession session, JourneyDefinition journey) {
        return (String) session.getAttributes().computeIfAbsent(PREFIX + journey.id(),
                name -> UUID.randomUUID().toString());
    }

    /** Once the journey is sent: the next time it is sent is another send. */
    static void clear(WebSession session, JourneyDefinition journey) {
        session.getAttributes().remove(PREFIX + journey.id());
    }
}
