package uk.police.complaints.portal.delivery;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Down when an operator is needed: an entry parked as dead, or one waiting longer than the longest retry allows.
 * Not part of readiness: the portal keeps taking complaints while the back office is away.
 */
@Component
class OutboxHealthIndicator implements ReactiveHealthIndicator {

    private final Outbox outbox;
    private final DeliveryProperties properties;

    OutboxHealthIndicator(Outbox outbox, DeliveryProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    @Override
    public Mono<Health> health() {
        return outbox.backlog().map(backlog -> {
            boolean needsAnOperator = backlog.dead() > 0
                    || backlog.oldestWaiting().compareTo(properties.longestRetry().multipliedBy(2)) > 0;
            return (needsAnOperator ? Health.down() : Health.up())
                    .withDetail("waiting", backlog.waiting())
                    .withDetail("dead", backlog.dead())
                    .withDetail("oldestWaitingSeconds", backlog.oldestWaiting().toSeconds())
                    .build();
        });
    }
}
