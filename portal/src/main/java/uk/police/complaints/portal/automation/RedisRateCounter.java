package uk.police.complaints.portal.automation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Counts in Redis, so a client that spreads its posts over every instance meets the same limit. Each window is
 * one key that Redis deletes when the window ends; counting and setting its expiry are one script, so no key can
 * be left without one.
 */
@Component
@ConditionalOnProperty(name = "portal.automation.counter", havingValue = "redis")
class RedisRateCounter implements RateCounter {

    private static final RedisScript<Long> COUNT = RedisScript.of("""
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return count""", Long.class);

    private final ReactiveStringRedisTemplate redis;
    private final Clock clock;
    private final String namespace;

    /** Counts live beside the sessions, under the namespace every instance of one deployment shares. */
    RedisRateCounter(ReactiveStringRedisTemplate redis, Clock clock,
            @Value("${spring.session.data.redis.namespace:spring:session}") String namespace) {
        this.redis = redis;
        this.clock = clock;
        this.namespace = namespace;
    }

    @Override
    public Mono<Boolean> countWithin(String what, String client, int limit, Duration window) {
        long index = clock.millis() / window.toMillis();
        String key = namespace + ":automation:" + what + ":" + client + ":" + index;
        return redis.execute(COUNT, List.of(key), List.of(Long.toString(window.toMillis())))
                .next()
                .map(count -> count <= limit);
    }
}
