package uk.police.complaints.portal.submission;

import java.util.List;
import java.util.Optional;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.journey.FileAnswer;
import uk.police.complaints.portal.journey.JourneyDefinition;

/**
 * A typed record ready to keep: its kind ({@code complaint}, {@code review}, {@code feedback}), the version of its
 * JSON schema, the language of the journey, where it goes (a force's code, {@code iopc}, a local policing body,
 * {@code feedback}), its JSON, equality answers as JSON of their own, if any were given, a copy to e-mail to the
 * person, if they gave an address, and the files they added, each sent as a message of its own.
 */
public record NewSubmission(String kind, int schemaVersion, Language language, String destination, String payload,
        Optional<String> equalityPayload, Optional<PersonCopy> copy, List<Attachment> attachments) {

    public NewSubmission {
        attachments = List.copyOf(attachments);
    }

    /** A file the person added, by the question that took it and the id it is kept under until sent. */
    public record Attachment(String question, String uploadId) {

        /** Every file the answers on a path hold. */
        public static List<Attachment> allIn(JourneyDefinition journey, Answers answers) {
            return FileAnswer.allIn(journey, answers).stream()
                    .map(file -> new Attachment(file.getKey(), file.getValue().uploadId())).toList();
        }
    }

    @Override
    public String toString() {
        return "NewSubmission[" + kind + " v" + schemaVersion + " to " + destination + "]";
    }
}
