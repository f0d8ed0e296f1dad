package uk.police.complaints.portal.journey;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * When a route is taken. Structured, never an expression string, so a definition with a condition on a
 * question that does not exist is refused at start-up instead of quietly reading as false.
 */
public sealed interface Condition {

    /** Whether the condition holds for these answers, on this day in England and Wales. */
    boolean holds(Answers answers, LocalDate today);

    /** The questions the condition reads, which must come earlier on every path to it. */
    List<String> questions();

    static Condition always() {
        return Always.INSTANCE;
    }

    static Condition answerIs(String question, String value) {
        return new AnswerIs(question, value);
    }

    static Condition answerIncludes(String question, String value) {
        return new AnswerIncludes(question, value);
    }

    static Condition dateMoreThanMonthsAgo(String question, int months) {
        return new DateLongerAgoThan(question, Period.ofMonths(months));
    }

    /** Holds once more than the given days have passed since the date: on day {@code days} itself, it does not. */
    static Condition dateMoreThanDaysAgo(String question, int days) {
        return new DateLongerAgoThan(question, Period.ofDays(days));
    }

    static Condition not(Condition condition) {
        return new Not(condition);
    }

    static Condition anyOf(Condition... conditions) {
        return new AnyOf(List.of(conditions));
    }

    static Condition allOf(Condition... conditions) {
        return new AllOf(List.of(conditions));
    }

    enum Always implements Condition {
        INSTANCE;

        @Override
        public boolean holds(Answers answers, LocalDate today) {
            return true;
        }

        @Override
        public List<String> questions() {
            return List.of();
        }
    }

    /** A single-choice question was answered with this value. */
    record AnswerIs(String question, String value) implements Condition {
        @Override
        public boolean holds(Answers answers, LocalDate today) {
            return value.equals(answers.first(question));
        }

        @Override
        public List<String> questions() {
            return List.of(question);
        }
    }

    /** A multiple-choice question's answers include this value. */
    record AnswerIncludes(String question, String value) implements Condition {
        @Override
        public boolean holds(Answers answers, LocalDate today) {
            return answers.all(question).contains(value);
        }

        @Override
        public List<String> questions() {
            return List.of(question);
        }
    }

    /** A date question's answer is more than this many months before today (a complaint's 12-month limit). */
    record DateLongerAgoThan(String question, Period period) implements Condition {
        @Override
        public boolean holds(Answers answers, LocalDate today) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(answers.first(question + "-year").strip()),
                        Integer.parseInt(answers.first(question + "-month").strip()),
                        Integer.parseInt(answers.first(question + "-day").strip()));
                return date.isBefore(today.minus(period));
            } catch (NumberFormatException | DateTimeException notADate) {
                return false;
            }
        }

        @Override
        public List<String> questions() {
            return List.of(question);
        }
    }

    record Not(Condition condition) implements Condition {
        @Override
        public boolean holds(Answers answers, LocalDate today) {
            return !condition.holds(answers, today);
        }

        @Override
        public List<String> questions() {
            return condition.questions();
        }
    }

    record AnyOf(List<Condition> conditions) implements Condition {
        @Override
        public boolean holds(Answers answers, LocalDate today) {
            return conditions.stream().anyMatch(condition -> condition.holds(answers, today));
        }

        @Override
        public List<String> questions() {
            return conditions.stream().flatMap(condition -> condition.questions().stream()).toList();
        }
    }

    record AllOf(List<Condition> conditions) implements Condition {
        @Override
        public boolean holds(Answers answers, LocalDate today) {
            return conditions.stream().allMatch(condition -> condition.holds(answers, today));
        }

        @Override
        public List<String> questions() {
            return conditions.stream().flatMap(condition -> condition.questions().stream()).toList();
        }
    }
}
