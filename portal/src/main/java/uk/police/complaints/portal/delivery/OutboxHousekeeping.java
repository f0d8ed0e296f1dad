package uk.police.complaints.portal.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Every little while: measures the backlog for the gauges an operator graphs, and purges the words of entries
 * delivered longer ago than the retention, so the portal keeps no copy of a complaint once it has been passed on.
 */
class OutboxHousekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxHousekeeping.class);
    private static final Duration EVERY = Duration.ofSeconds(15);

    private final Outbox outbox;
    private final DeliveryProperties properties;
    private final Clock clock;
    private final AtomicReference<OutboxBacklog> latest = new AtomicReference<>(new OutboxBacklog(0, 0, Duration.ZERO));
    private Disposable running;

    OutboxHousekeeping(Outbox outbox, DeliveryProperties properties, Clock clock, MeterRegistry meters) {
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
        Gauge.builder("portal.outbox.waiting", latest, backlog -> backlog.get().waiting())
                .description("Entries not yet delivered").register(meters);
        Gauge.builder("portal.outbox.dead", latest, backlog -> backlog.get().dead())
                .description("Entries parked as dead, waiting for an operator").register(meters);
        Gauge.builder("portal.outbox.oldest.waiting", latest, backlog -> backlog.get().oldestWaiting().toSeconds())
                .description("Age of the oldest undelivered entry").baseUnit("seconds").register(meters);
    }

    @Override
    public synchronized void start() {
        running = Flux.interval(Duration.ZERO, EVERY, Schedulers.boundedElastic())
                .onBackpressureDrop()
                .concatMap(tick -> tidy().onErrorResume(e -> {
                    log.warn("Outbox housekeeping failed ({}); it runs again shortly", e.getClass().getName());
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

    Mono<Void> tidy() {
        return outbox.backlog().doOnNext(latest::set)
                .then(outbox.purgeDeliveredBefore(OffsetDateTime.now(clock).minus(properties.retention())))
                .then();
    }
}
