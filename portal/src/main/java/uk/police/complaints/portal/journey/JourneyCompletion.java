package uk.police.complaints.portal.journey;

import reactor.core.publisher.Mono;
import uk.police.complaints.i18n.Language;

/**
 * What happens when a person sends a journey from check answers: each journey has one, which turns the answers
 * on the path into its typed record, stores it durably and gives back the reference to show.
 */
public interface JourneyCompletion {

    String journeyId();

    /**
     * Completes only once the record is committed: the reference is never shown for something not kept. Sent
     * again under the same key, it gives what was kept the first time.
     */
    Mono<String> complete(JourneyDefinition journey, Answers answersOnPath, Language language, String sendKey);

    /** Whether the confirmation shows a reference: a survey's response is anonymous, so it shows none. */
    default boolean showsReference() {
        return true;
    }
}
