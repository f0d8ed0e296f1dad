package uk.police.complaints.portal.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The outbox table. Messages go in with their submission, in its transaction; workers claim due entries for a
 * lease ({@code FOR UPDATE SKIP LOCKED}, so instances sharing the database never claim one entry together), and
 * record each outcome only while they still hold the claim.
 */
@Component
public class Outbox {

    /** The kind of message a survey response travels as. */
    public static final String FEEDBACK_KIND = "feedback";

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final PayloadCipher cipher;
    private final Clock clock;

    Outbox(DatabaseClient database, TransactionalOperator transaction, PayloadCipher cipher, Clock clock) {
        this.database = database;
        this.transaction = transaction;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Adds a message; call it inside the transaction that keeps the submission. */
    public Mono<Void> add(OutboxMessage message) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(clock);
        DatabaseClient.GenericExecuteSpec insert = database.sql("INSERT INTO outbox (id, idempotency_key, reference, "
                        + "kind, destination, payload, created_at, next_attempt_at) VALUES (:id, :key, :reference, "
                        + ":kind, :destination, :payload, :now, :now)")
                .bind("id", id)
                .bind("key", message.idempotencyKey())
                .bind("kind", message.kind())
                .bind("destination", message.destination())
                .bind("payload", cipher.seal(message.body(), id))
                .bind("now", now);
        insert = message.reference() == null ? insert.bindNull("reference", String.class)
                : insert.bind("reference", message.reference());
        return insert.fetch().rowsUpdated().then();
    }

    /** The body of the message sent for a reference, while the outbox still holds its words. */
    public Mono<Optional<String>> bodyFor(String reference, String kind) {
        return database.sql("SELECT id, payload FROM outbox WHERE reference = :reference AND kind = :kind "
                        + "AND payload IS NOT NULL")
                .bind("reference", reference)
                .bind("kind", kind)
                .map((row, metadata) -> cipher.open(row.get("payload", String.class), row.get("id", String.class)))
                .one()
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty());
    }

    /** What is waiting and what is dead, now. */
    Mono<OutboxBacklog> backlog() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return database.sql("SELECT COUNT(CASE WHEN dead_at IS NULL THEN 1 END) AS waiting, "
                        + "COUNT(dead_at) AS dead, MIN(CASE WHEN dead_at IS NULL THEN created_at END) AS oldest "
                        + "FROM outbox WHERE delivered_at IS NULL")
                .map((row, metadata) -> {
                    OffsetDateTime oldest = row.get("oldest", OffsetDateTime.class);
                    return new OutboxBacklog(row.get("waiting", Long.class), row.get("dead", Long.class),
                            oldest == null ? Duration.ZERO : Duration.between(oldest, now));
                })
                .one();
    }

    /**
     * Empties the words of entries delivered before the cutoff, keeping reference, kind, destination, status and
     * timestamps; dead entries keep theirs, to be sent again once an operator has fixed the cause.
     */
    Mono<Long> purgeDeliveredBefore(OffsetDateTime cutoff) {
        return database.sql("UPDATE outbox SET payload = NULL, purged_at = :now WHERE delivered_at < :cutoff "
                        + "AND payload IS NOT NULL")
                .bind("now", OffsetDateTime.now(clock))
                .bind("cutoff", cutoff)
                .fetch().rowsUpdated();
    }

    /** Claims up to {@code most} due entries for this worker until the lease ends, counting the attempt. */
    Flux<Delivery> claim(String worker, int most, Duration lease) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Mono<List<String>> claimed = database.sql("SELECT id FROM outbox WHERE delivered_at IS NULL AND dead_at IS NULL "
                        + "AND next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until < :now) "
                        + "ORDER BY next_attempt_at LIMIT :most FOR UPDATE SKIP LOCKED")
                .bind("now", now)
                .bind("most", most)
                .map((row, metadata) -> row.get("id", String.class))
                .all()
                .collectList()
                .flatMap(ids -> ids.isEmpty() ? Mono.just(ids) : database.sql("UPDATE outbox SET claimed_by = :worker, "
                                + "claimed_until = :until, attempts = attempts + 1 WHERE id IN (:ids)")
                        .bind("worker", worker)
                        .bind("until", now.plus(lease))
                        .bind("ids", ids)
                        .fetch().rowsUpdated()
                        .thenReturn(ids))
                .as(transaction::transactional);
        return claimed.flatMapMany(ids -> ids.isEmpty() ? Flux.empty() : database.sql("SELECT id, idempotency_key, "
                        + "kind, destination, payload, attempts FROM outbox WHERE id IN (:ids) AND claimed_by = :worker")
                .bind("ids", ids)
                .bind("worker", worker)
                .map((row, metadata) -> {
                    String id = row.get("id", String.class);
                    return new Delivery(id, row.get("idempotency_key", String.class), row.get("kind", String.class),
                            row.get("destination", String.class), cipher.open(row.get("payload", String.class), id),
                            row.get("attempts", Integer.class));
                })
                .all());
    }

    /**
     * The back office has it: the entry is done. False if this worker no longer held the claim. Feedback keeps no
     * words once delivered: its free text is emptied at once, not after the retention.
     */
    Mono<Boolean> delivered(Delivery delivery, String worker, String detail) {
        return settle(delivery, worker, "delivered", "delivered_at = :at, payload = CASE WHEN kind = '"
                + FEEDBACK_KIND + "' THEN NULL ELSE payload END", OffsetDateTime.now(clock), detail);
    }

    /** Another attempt at the given time. */
    Mono<Boolean> retryAt(Delivery delivery, String worker, OffsetDateTime next, String detail) {
        return settle(delivery, worker, "retry", "next_attempt_at = :at", next, detail);
    }

    /** No more attempts: an operator must look. */
    Mono<Boolean> parkAsDead(Delivery delivery, String worker, String detail) {
        return settle(delivery, worker, "dead", "dead_at = :at", OffsetDateTime.now(clock), detail);
    }

    /** Records the attempt and releases the claim, in one transaction, only if this worker still holds the entry. */
    private Mono<Boolean> settle(Delivery delivery, String worker, String outcome, String change, OffsetDateTime at,
            String detail) {
        Mono<Long> released = database.sql("UPDATE outbox SET " + change + ", claimed_by = NULL, claimed_until = NULL, "
                        + "last_outcome = :detail WHERE id = :id AND claimed_by = :worker")
                .bind("at", at)
                .bind("detail", shortened(detail))
                .bind("id", delivery.outboxId())
                .bind("worker", worker)
                .fetch().rowsUpdated();
        Mono<Long> attempt = database.sql("INSERT INTO delivery_attempt (outbox_id, attempt, attempted_at, worker, "
                        + "outcome, detail) VALUES (:id, :attempt, :now, :worker, :outcome, :detail)")
                .bind("id", delivery.outboxId())
                .bind("attempt", delivery.attempt())
                .bind("now", OffsetDateTime.now(clock))
                .bind("worker", worker)
                .bind("outcome", outcome)
                .bind("detail", shortened(detail))
                .fetch().rowsUpdated();
        return released.flatMap(changed -> changed == 0 ? Mono.just(false) : attempt.thenReturn(true))
                .as(transaction::transactional);
    }

    private static String shortened(String detail) {
        return detail.length() <= 200 ? detail : detail.substring(0, 200);
    }
}
