package uk.police.complaints.portal.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(6), new Random(7));

    @Test
    void eachWaitIsBetweenHalfAndAllOfADoublingCeiling() {
        for (int attempt = 1; attempt <= 8; attempt++) {
            Duration ceiling = Duration.ofSeconds(10).multipliedBy(1L << (attempt - 1));
            for (int i = 0; i < 50; i++) {
                assertThat(schedule.after(attempt, Optional.empty()))
                        .isBetween(ceiling.dividedBy(2), ceiling);
            }
        }
    }

    @Test
    void waitsStopGrowingAtTheLongest() {
        assertThat(schedule.after(40, Optional.empty())).isBetween(Duration.ofHours(3), Duration.ofHours(6));
    }

    @Test
    void waitsAreSpreadSoInstancesThatFailedTogetherDoNotReturnTogether() {
        assertThat(java.util.stream.IntStream.range(0, 20).mapToObj(i -> schedule.after(5, Optional.empty()))
                .distinct().count()).isGreaterThan(10);
    }

    @Test
    void aBackOfficeThatSaysWhenToComeBackIsBelievedWithinTheLongestWait() {
        assertThat(schedule.after(1, Optional.of(Duration.ofMinutes(2)))).isEqualTo(Duration.ofMinutes(2));
        assertThat(schedule.after(1, Optional.of(Duration.ofDays(2)))).isEqualTo(Duration.ofHours(6));
    }
}
