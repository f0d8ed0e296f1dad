package uk.police.complaints.portal.journey;

import org.springframework.stereotype.Component;
import org.springframework.web.server.WebSession;

/**
 * Keeps answers in the WebSession until the journey is submitted. Answers saved against another version of a
 * journey are not reused: a changed question could otherwise be answered by an old answer to a different one.
 */
@Component
public class JourneySessionStore {

    public Answers load(WebSession session, JourneyDefinition journey) {
        Object saved = session.getAttribute(attribute(journey));
        if (saved instanceof SavedAnswers answers && answers.version() == journey.version()) {
            return answers.answers();
        }
        return Answers.none();
    }

    public void save(WebSession session, JourneyDefinition journey, Answers answers) {
        session.getAttributes().put(attribute(journey), new SavedAnswers(journey.version(), answers));
    }

    public void clear(WebSession session, JourneyDefinition journey) {
        session.getAttributes().remove(attribute(journey));
    }

    private static String attribute(JourneyDefinition journey) {
        return "journey." + journey.id();
    }
}
