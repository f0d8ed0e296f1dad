package uk.police.complaints.portal.submission;

import java.util.Optional;
import uk.police.complaints.i18n.Language;

/**
 * A typed record ready to keep: its kind ({@code complaint}, {@code review}, {@code feedback}), the version of its
 * JSON schema, the language of the journey, where it goes (a force's code, {@code iopc}, a local policing body,
 * {@code feedback}), its JSON, equality answers as JSON of their own, if any were given, and a copy to e-mail to
 * the person, if they gave an address.
 */
public record NewSubmission(String kind, int schemaVersion, Language language, String destination, String payload,
        Optional<String> equalityPayload, Optional<PersonCopy> copy) {

    @Override
    public String toString() {
        return "NewSubmission[" + kind + " v" + schemaVersion + " to " + destination + "]";
    }
}
