package uk.police.complaints.portal.submission;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.police.complaints.portal.delivery.OutboxMessage;
import uk.police.complaints.portal.upload.ScanVerdict;
import uk.police.complaints.portal.upload.StoredUpload;

/**
 * The messages a submission sends, in the shapes the JSON Schemas in {@code schemas/} publish: the submission in an
 * envelope that says what it is (and which files follow it), each file in a message of its own, and equality
 * answers in one of their own that says nothing of whose they are.
 */
@Component
public class SubmissionMessages {

    static final String EQUALITY_KIND = "equality-monitoring";
    static final String EQUALITY_DESTINATION = "equality-monitoring";
    static final int EQUALITY_SCHEMA_VERSION = 1;
    static final String ATTACHMENT_KIND = "attachment";
    static final int ATTACHMENT_SCHEMA_VERSION = 1;

    private final JsonMapper json;

    SubmissionMessages(JsonMapper json) {
        this.json = json;
    }

    OutboxMessage submission(NewSubmission submission, Reference reference, OffsetDateTime submittedAt,
            List<SentFile> files) {
        ObjectNode message = json.createObjectNode()
                .put("reference", reference.value())
                .put("type", submission.kind())
                .put("schemaVersion", submission.schemaVersion())
                .put("language", submission.language().tag())
                .put("submittedAt", submittedAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .put("destination", submission.destination());
        message.set(submission.kind(), json.readTree(submission.payload()));
        ArrayNode attachments = message.putArray("attachments");
        files.forEach(file -> attachments.addObject().put("key", file.key()).put("question", file.question())
                .put("fileName", fileName(file.upload())));
        return new OutboxMessage(reference.value(), reference.value(), submission.kind(), submission.destination(),
                json.writeValueAsString(message));
    }

    /** A file the person added, whole, in a message of its own that names the submission it belongs to. */
    OutboxMessage attachment(NewSubmission submission, Reference reference, SentFile file) {
        StoredUpload upload = file.upload();
        ObjectNode message = json.createObjectNode()
                .put("key", file.key())
                .put("reference", reference.value())
                .put("type", ATTACHMENT_KIND)
                .put("schemaVersion", ATTACHMENT_SCHEMA_VERSION)
                .put("question", file.question())
                .put("fileName", fileName(upload))
                .put("contentType", upload.type().contentType())
                .put("size", upload.size())
                .put("sha256", upload.sha256())
                .put("malwareScan", upload.scan() == ScanVerdict.CLEAN ? "clean" : "not-scanned")
                .put("content", Base64.getEncoder().encodeToString(upload.content()));
        return new OutboxMessage(file.key(), reference.value(), ATTACHMENT_KIND, submission.destination(),
                json.writeValueAsString(message));
    }

    OutboxMessage equality(NewSubmission submission, String answers, LocalDate receivedOn) {
        return equality(submission.kind(), answers, receivedOn);
    }

    /** Equality answers given on a journey ({@code from}), in a message that names nothing else. */
    public OutboxMessage equality(String from, String answers, LocalDate receivedOn) {
        String id = UUID.randomUUID().toString();
        ObjectNode message = json.createObjectNode()
                .put("id", id)
                .put("type", EQUALITY_KIND)
                .put("schemaVersion", EQUALITY_SCHEMA_VERSION)
                .put("from", from)
                .put("receivedOn", receivedOn.toString());
        message.set("answers", json.readTree(answers));
        return new OutboxMessage(id, null, EQUALITY_KIND, EQUALITY_DESTINATION, json.writeValueAsString(message));
    }

    /** A file's name as plain text, like every other word the person gave; a name that was nothing but markup is "file". */
    private static String fileName(StoredUpload upload) {
        String name = OutboundText.plain(upload.fileName());
        return name.isEmpty() ? "file" : name;
    }
}
