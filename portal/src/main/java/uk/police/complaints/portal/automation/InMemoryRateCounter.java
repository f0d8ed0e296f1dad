package uk.police.complaints.portal.automation;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Counts in this instance's memory: right for one instance, such as the embedded default. */
@Component
@ConditionalOnProperty(name = "portal.automation.counter", havingValue = "memory", matchIfMissing = true)
class InMemoryRateCounter implements RateCounter {

    private record Window(String what, String client, long index) {
    }

    private final Clock clock;
    private final Map<Window, AtomicInteger> counts = new ConcurrentHashMap<>();

    InMemoryRateCounter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Mono<Boolean> countWithin(String what, String client, int limit, Duration window) {
        long index = clock.millis() / window.toMillis();
        // Windows that have ended are forgotten, so the map holds only the clients of the current one.
        counts.keySet().removeIf(ended -> ended.what().equals(what) && ended.index() < index);
        int count = counts.computeIfAbsent(new Window(what, client, index), key -> new AtomicInteger()).incrementAndGet();
        return Mono.just(count <= limit);
    }
}
