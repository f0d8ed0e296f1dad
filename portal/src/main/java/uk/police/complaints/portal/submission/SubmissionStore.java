package uk.police.complaints.portal.submission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.delivery.Outbox;
import uk.police.complaints.portal.upload.Uploads;

/**
 * Commits a submission with its messages to the back office (and any equality answers, apart from it, and the
 * person's e-mailed copy) in one transaction, and only then gives its reference: a reference a person has seen always stands for something kept,
 * and something kept is always sent.
 */
@Component
public class SubmissionStore {

    private static final int REFERENCE_ATTEMPTS = 5;

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final Outbox outbox;
    private final SubmissionMessages messages;
    private final ConfirmationEmails emails;
    private final Uploads uploads;
    private final Clock clock;

    SubmissionStore(DatabaseClient database, TransactionalOperator transaction, Outbox outbox,
            SubmissionMessages messages, ConfirmationEmails emails, Uploads uploads, Clock clock) {
        this.database = database;
        this.transaction = transaction;
        this.outbox = outbox;
        this.messages = messages;
        this.emails = emails;
        this.uploads = uploads;
        this.clock = clock;
    }

    /**
     * Keeps the submission, once for its send key: sent again with the same key (the person tried again after a
     * failure that left them unsure), it gives the reference of what was kept the first time.
     */
    public Mono<Reference> store(NewSubmission submission, String sendKey) {
        return Mono.defer(() -> keptBefore(sendKey)
                        .switchIfEmpty(Mono.defer(() -> insert(submission, Reference.random(), sendKey)
                                .as(transaction::transactional))))
                // A clash with an earlier random reference is rare; a fresh one is drawn, in a fresh transaction. A
                // clash of send keys is the same send committed meanwhile: the retry finds it.
                .retryWhen(Retry.max(REFERENCE_ATTEMPTS - 1).filter(DataIntegrityViolationException.class::isInstance));
    }

    private Mono<Reference> keptBefore(String sendKey) {
        return database.sql("SELECT reference FROM submission WHERE send_key = :sendKey")
                .bind("sendKey", sendKey)
                .map((row, metadata) -> new Reference(row.get("reference", String.class)))
                .one();
    }

    public Mono<Optional<StoredSubmission>> find(Reference reference) {
        return database.sql("SELECT kind, schema_version, journey_language FROM submission WHERE reference = :reference")
                .bind("reference", reference.value())
                .map((row, metadata) -> new Kept(row.get("kind", String.class), row.get("schema_version", Integer.class),
                        Language.fromTag(row.get("journey_language", String.class)).orElseThrow()))
                .one()
                .flatMap(kept -> outbox.bodyFor(reference.value(), kept.kind())
                        .map(body -> new StoredSubmission(reference, kept.kind(), kept.schemaVersion(), kept.language(),
                                body.orElse(null))))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty());
    }

    private record Kept(String kind, int schemaVersion, Language language) {
    }

    private Mono<Reference> insert(NewSubmission submission, Reference reference, String sendKey) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Mono<Long> saved = database.sql("INSERT INTO submission (reference, kind, schema_version, journey_language, "
                        + "submitted_at, send_key) VALUES (:reference, :kind, :version, :language, :submittedAt, "
                        + ":sendKey)")
                .bind("reference", reference.value())
                .bind("sendKey", sendKey)
                .bind("kind", submission.kind())
                .bind("version", submission.schemaVersion())
                .bind("language", submission.language().tag())
                .bind("submittedAt", now)
                .fetch().rowsUpdated();
        Mono<Void> equality = submission.equalityPayload()
                .map(answers -> outbox.add(messages.equality(submission, answers, LocalDate.now(clock))))
                .orElse(Mono.empty());
        Mono<Void> email = submission.copy()
                .map(copy -> outbox.add(emails.of(submission, copy, reference, now)))
                .orElse(Mono.empty());
        return files(submission, reference).flatMap(files -> saved
                .then(outbox.add(messages.submission(submission, reference, now, files)))
                // Each file moves into the outbox with its submission, and out of the uploads, in one transaction.
                .thenMany(Flux.fromIterable(files).concatMap(file -> outbox
                        .add(messages.attachment(submission, reference, file))
                        .then(uploads.delete(file.upload().id()))))
                .then(equality)
                .then(email)
                .thenReturn(reference));
    }

    private Mono<List<SentFile>> files(NewSubmission submission, Reference reference) {
        List<NewSubmission.Attachment> attachments = submission.attachments();
        return Flux.range(0, attachments.size())
                .concatMap(i -> uploads.find(attachments.get(i).uploadId())
                        .switchIfEmpty(Mono.error(() -> new IllegalStateException("a file of this submission is no "
                                + "longer kept")))
                        .map(upload -> new SentFile(reference.value() + "-file-" + (i + 1),
                                attachments.get(i).question(), upload)))
                .collectList();
    }
}
