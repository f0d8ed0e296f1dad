package uk.police.complaints.portal.submission;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.police.complaints.portal.delivery.OutboxMessage;

/**
 * The messages a submission sends, in the shapes the JSON Schemas in {@code schemas/} publish: the submission in an
 * envelope that says what it is, and equality answers in one of their own that says nothing of whose they are.
 */
@Component
class SubmissionMessages {

    static final String EQUALITY_KIND = "equality-monitoring";
    static final String EQUALITY_DESTINATION = "equality-monitoring";
    static final int EQUALITY_SCHEMA_VERSION = 1;

    private final JsonMapper json;

    SubmissionMessages(JsonMapper json) {
        this.json = json;
    }

    OutboxMessage submission(NewSubmission submission, Reference reference, OffsetDateTime submittedAt) {
        ObjectNode message = json.createObjectNode()
                .put("reference", reference.value())
                .put("type", submission.kind())
                .put("schemaVersion", submission.schemaVersion())
                .put("language", submission.language().tag())
                .put("submittedAt", submittedAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .put("destination", submission.destination());
        message.set(submission.kind(), json.readTree(submission.payload()));
        return new OutboxMessage(reference.value(), reference.value(), submission.kind(), submission.destination(),
                json.writeValueAsString(message));
    }

    OutboxMessage equality(NewSubmission submission, String answers, LocalDate receivedOn) {
        String id = UUID.randomUUID().toString();
        ObjectNode message = json.createObjectNode()
                .put("id", id)
                .put("type", EQUALITY_KIND)
                .put("schemaVersion", EQUALITY_SCHEMA_VERSION)
                .put("from", submission.kind())
                .put("receivedOn", receivedOn.toString());
        message.set("answers", json.readTree(answers));
        return new OutboxMessage(id, null, EQUALITY_KIND, EQUALITY_DESTINATION, json.writeValueAsString(message));
    }
}
