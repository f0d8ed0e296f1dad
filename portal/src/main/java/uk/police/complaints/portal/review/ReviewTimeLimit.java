package uk.police.complaints.portal.review;

import java.time.LocalDate;

/**
 * A review must be received within 28 days, counted from the day after the date on the outcome letter: a letter
 * dated 1 April may be received up to and including 29 April. Dates are days in England and Wales (the journey's
 * clock is Europe/London).
 */
final class ReviewTimeLimit {

    static final int DAYS = 28;

    private ReviewTimeLimit() {
    }

    /** The last day an application is on time. */
    static LocalDate deadline(LocalDate letterDate) {
        return letterDate.plusDays(DAYS);
    }

    static boolean isLate(LocalDate letterDate, LocalDate received) {
        return received.isAfter(deadline(letterDate));
    }
}
