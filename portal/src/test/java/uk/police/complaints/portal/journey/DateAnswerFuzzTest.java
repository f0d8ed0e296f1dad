package uk.police.complaints.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A date typed into the day, month and year boxes is either refused with one of the date messages, on one of its
 * boxes, or accepted as a real date that is not in the future, which the answers then read without failing.
 */
class DateAnswerFuzzTest {

    private static final Question WHEN = Question.required("when", QuestionType.DATE);
    private static final List<String> MESSAGES = List.of("trial.when.error.required", "journey.error.date.incomplete",
            "journey.error.date.real", "journey.error.date.year", "journey.error.date.future");

    private final AnswerValidator validator = new AnswerValidator(JourneyNavigatorTest.NOVEMBER_2026);

    /** Input: the day, month and year as typed, one a line, in UTF-8 (a missing line is an empty box). */
    @FuzzTest(maxDuration = "2m")
    void aDateIsRefusedOnOneOfItsBoxesOrReadAsARealPastDate(byte[] input) {
        List<String> boxes = List.of(new String(input, StandardCharsets.UTF_8).split("\n", 3));
        Answers answers = typed(box(boxes, 0), box(boxes, 1), box(boxes, 2));

        Optional<FieldError> error = validator.validate(TrialJourney.ID, WHEN, answers);

        error.ifPresent(refused -> {
            assertThat(refused.messageKey()).isIn(MESSAGES);
            assertThat(refused.field()).isIn(WHEN.fields());
        });
        if (error.isEmpty()) {
            LocalDate date = answers.date(WHEN.name()).orElseThrow();
            assertThat(date).isBeforeOrEqualTo(LocalDate.now(JourneyNavigatorTest.NOVEMBER_2026));
            Answers retyped = typed(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                    "%04d".formatted(date.getYear()));
            assertThat(validator.validate(TrialJourney.ID, WHEN, retyped)).isEmpty();
            assertThat(retyped.date(WHEN.name())).contains(date);
        }
    }

    private static String box(List<String> boxes, int index) {
        return index < boxes.size() ? boxes.get(index) : "";
    }

    private static Answers typed(String day, String month, String year) {
        return Answers.none().with(Map.of("when-day", List.of(day), "when-month", List.of(month),
                "when-year", List.of(year)));
    }
}
