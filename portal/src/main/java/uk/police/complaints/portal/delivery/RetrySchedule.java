package uk.police.complaints.portal.delivery;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try again: the first wait doubles with each failed attempt up to a ceiling, and each wait is drawn
 * between half and all of that, so instances that failed together do not all come back together. A back office
 * that says when to come back (Retry-After) is believed, within the same ceiling.
 */
final class RetrySchedule {

    private final Duration first;
    private final Duration longest;
    private final RandomGenerator random;

    RetrySchedule(Duration first, Duration longest, RandomGenerator random) {
        this.first = first;
        this.longest = longest;
        this.random = random;
    }

    /** The wait after the given failed attempt (1 for the first). */
    Duration after(int attempt, Optional<Duration> askedFor) {
        if (askedFor.isPresent()) {
            return min(askedFor.get(), longest);
        }
        Duration ceiling = first;
        for (int i = 1; i < attempt && ceiling.compareTo(longest) < 0; i++) {
            ceiling = ceiling.multipliedBy(2);
        }
        ceiling = min(ceiling, longest);
        long halfMillis = ceiling.toMillis() / 2;
        return Duration.ofMillis(halfMillis + random.nextLong(halfMillis + 1));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
