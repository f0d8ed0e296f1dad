package uk.police.complaints.portal.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends what is due in the outbox through the configured gateway (and e-mails through the e-mail sender), on every instance: each instance claims its own
 * entries, so they share the work. An entry that keeps failing waits longer each time and, after the limit, is
 * parked as dead with a log line an operator can act on (ids and reasons only, never what a person wrote).
 */
class OutboxDeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDeliveryWorker.class);

    private final String id = UUID.randomUUID().toString();
    private final Outbox outbox;
    private final OutboxSenders senders;
    private final DeliveryProperties properties;
    private final RetrySchedule retries;
    private final Clock clock;
    private final MeterRegistry meters;
    private Disposable running;

    OutboxDeliveryWorker(Outbox outbox, OutboxSenders senders, DeliveryProperties properties,
            RetrySchedule retries, Clock clock, MeterRegistry meters) {
        this.outbox = outbox;
        this.senders = senders;
        this.properties = properties;
        this.retries = retries;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public synchronized void start() {
        running = Flux.interval(properties.pollInterval(), Schedulers.boundedElastic())
                .onBackpressureDrop()
                .concatMap(tick -> deliverDue()
                        .onErrorResume(e -> {
                            log.warn("Delivery round failed ({}); the next round tries again", e.getClass().getName());
                            return Mono.empty();
                        }), 1)
                .subscribe();
    }

    @Override
    public synchronized void stop() {
        if (running != null) {
            running.dispose();
            running = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return running != null;
    }

    /** Claims and sends batches until nothing is due; gives how many entries were attempted. */
    Mono<Long> deliverDue() {
        return batch().expand(sent -> sent == properties.batchSize() ? batch() : Mono.empty())
                .reduce(0L, Long::sum);
    }

    /**
     * Every entry claimed is sent at once, none waits its turn: a claim left waiting behind slow sends could outlive
     * its lease, be claimed by another instance and be sent twice, and a slow back office would pile claims up.
     */
    private Mono<Long> batch() {
        return outbox.claim(id, properties.batchSize(), properties.lease())
                .flatMap(this::attempt, properties.batchSize())
                .count();
    }

    private Mono<Boolean> attempt(Delivery delivery) {
        return senders.send(delivery)
                // A send that outlives half its lease is abandoned before another instance may claim the entry.
                .timeout(properties.lease().dividedBy(2))
                .onErrorResume(e -> Mono.just(new DeliveryOutcome.TryAgain(e.getClass().getSimpleName(),
                        Optional.empty())))
                .flatMap(outcome -> settle(delivery, outcome));
    }

    private Mono<Boolean> settle(Delivery delivery, DeliveryOutcome outcome) {
        if (outcome instanceof DeliveryOutcome.Delivered) {
            return counted("delivered", delivery, outbox.delivered(delivery, id, outcome.detail()));
        }
        if (outcome instanceof DeliveryOutcome.TryAgain tryAgain && delivery.attempt() < properties.maxAttempts()) {
            OffsetDateTime next = OffsetDateTime.now(clock).plus(retries.after(delivery.attempt(), tryAgain.notBefore()));
            return counted("retried", delivery, outbox.retryAt(delivery, id, next, outcome.detail()));
        }
        return parkAsDead(delivery, outcome.detail());
    }

    private Mono<Boolean> parkAsDead(Delivery delivery, String detail) {
        return counted("dead", delivery, outbox.parkAsDead(delivery, id, detail)).doOnNext(settled -> {
            log.error("Outbox entry {} ({} to {}) parked as dead after attempt {}: {}. Fix the cause, then set "
                            + "dead_at to NULL and next_attempt_at to now to send it again.",
                    delivery.outboxId(), delivery.kind(), delivery.destination(), delivery.attempt(), detail);
        });
    }

    /** Counts an outcome this worker recorded; one recorded by another worker after a lost claim is theirs. */
    private Mono<Boolean> counted(String outcome, Delivery delivery, Mono<Boolean> settling) {
        return settling.filter(Boolean::booleanValue)
                .doOnNext(settled -> meters.counter("portal.delivery." + outcome, "kind", delivery.kind()).increment());
    }
}
