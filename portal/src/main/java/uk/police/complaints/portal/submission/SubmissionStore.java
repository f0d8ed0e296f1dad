package uk.police.complaints.portal.submission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import uk.police.complaints.i18n.Language;

/**
 * Commits a submission, and any equality answers apart from it, in one transaction, and only then gives its
 * reference: a reference a person has seen always stands for something kept.
 */
@Component
public class SubmissionStore {

    private static final int REFERENCE_ATTEMPTS = 5;

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final Clock clock;

    SubmissionStore(DatabaseClient database, TransactionalOperator transaction, Clock clock) {
        this.database = database;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Mono<Reference> store(NewSubmission submission) {
        return Mono.defer(() -> insert(submission, Reference.random()))
                // A clash with an earlier random reference is rare; a fresh one is drawn.
                .retryWhen(Retry.max(REFERENCE_ATTEMPTS - 1).filter(DataIntegrityViolationException.class::isInstance))
                .as(transaction::transactional);
    }

    public Mono<Optional<StoredSubmission>> find(Reference reference) {
        return database.sql("SELECT kind, schema_version, journey_language, payload FROM submission WHERE reference = :reference")
                .bind("reference", reference.value())
                .map((row, metadata) -> new StoredSubmission(reference, row.get("kind", String.class),
                        row.get("schema_version", Integer.class),
                        Language.fromTag(row.get("journey_language", String.class)).orElseThrow(),
                        row.get("payload", String.class)))
                .one()
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty());
    }

    private Mono<Reference> insert(NewSubmission submission, Reference reference) {
        Mono<Long> saved = database.sql("INSERT INTO submission (reference, kind, schema_version, journey_language, payload, "
                        + "submitted_at) VALUES (:reference, :kind, :version, :language, :payload, :submittedAt)")
                .bind("reference", reference.value())
                .bind("kind", submission.kind())
                .bind("version", submission.schemaVersion())
                .bind("language", submission.language().tag())
                .bind("payload", submission.payload())
                .bind("submittedAt", OffsetDateTime.now(clock))
                .fetch().rowsUpdated();
        Mono<Long> equality = submission.equalityPayload()
                .map(payload -> database.sql("INSERT INTO equality_monitoring (id, kind, payload, received_on) "
                                + "VALUES (:id, :kind, :payload, :receivedOn)")
                        .bind("id", UUID.randomUUID().toString())
                        .bind("kind", submission.kind())
                        .bind("payload", payload)
                        .bind("receivedOn", LocalDate.now(clock))
                        .fetch().rowsUpdated())
                .orElse(Mono.just(0L));
        return saved.then(equality).thenReturn(reference);
    }
}
