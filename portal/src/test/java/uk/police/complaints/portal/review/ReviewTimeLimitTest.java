package uk.police.complaints.portal.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.journey.Condition;

class ReviewTimeLimitTest {

    @ParameterizedTest(name = "a letter dated {0} may be received up to {1}")
    @CsvSource({
            "2026-04-01, 2026-04-29",
            "2026-02-26, 2026-03-26",
            "2028-02-01, 2028-02-29",
            "2028-02-29, 2028-03-28",
            "2027-02-01, 2027-03-01",
            "2026-01-31, 2026-02-28",
            "2026-12-10, 2027-01-07"})
    void theDeadlineIs28DaysAfterTheDayAfterTheLetter(LocalDate letter, LocalDate deadline) {
        assertThat(ReviewTimeLimit.deadline(letter)).isEqualTo(deadline);
    }

    @Test
    void anApplicationOnTheDeadlineIsOnTimeAndTheDayAfterItIsLate() {
        LocalDate letter = LocalDate.of(2026, 2, 26);
        assertThat(ReviewTimeLimit.isLate(letter, LocalDate.of(2026, 3, 26))).isFalse();
        assertThat(ReviewTimeLimit.isLate(letter, LocalDate.of(2026, 3, 27))).isTrue();
        assertThat(ReviewTimeLimit.isLate(letter, letter)).isFalse();
    }

    @Test
    void theJourneyBranchesToLateOnTheSameDaysAsTheTimeLimit() {
        Condition late = Condition.dateMoreThanDaysAgo("letter-date", ReviewTimeLimit.DAYS);
        Answers letter = letterDated(26, 2, 2026);
        assertThat(late.holds(letter, LocalDate.of(2026, 3, 26))).isFalse();
        assertThat(late.holds(letter, LocalDate.of(2026, 3, 27))).isTrue();
    }

    @Test
    void theDayIsTheDayInEnglandAndWalesNotInUtc() {
        // 23:30 UTC on 29 June is already 30 June in London (British Summer Time).
        Clock lateEvening = Clock.fixed(Instant.parse("2026-06-29T23:30:00Z"), ZoneId.of("Europe/London"));
        Condition late = Condition.dateMoreThanDaysAgo("letter-date", ReviewTimeLimit.DAYS);
        assertThat(ReviewTimeLimit.deadline(LocalDate.of(2026, 6, 1))).isEqualTo(LocalDate.of(2026, 6, 29));
        assertThat(late.holds(letterDated(1, 6, 2026), LocalDate.now(lateEvening))).isTrue();
        assertThat(late.holds(letterDated(1, 6, 2026), LocalDate.now(lateEvening.withZone(ZoneId.of("UTC")))))
                .isFalse();
    }

    private static Answers letterDated(int day, int month, int year) {
        return new Answers(Map.of("letter-date-day", List.of(String.valueOf(day)),
                "letter-date-month", List.of(String.valueOf(month)), "letter-date-year", List.of(String.valueOf(year))));
    }
}
