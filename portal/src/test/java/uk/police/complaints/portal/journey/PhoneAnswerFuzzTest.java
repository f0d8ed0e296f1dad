package uk.police.complaints.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A phone number is refused with the phone message, or accepted as a UK number: at most 20 characters of digits,
 * spaces, brackets, hyphens and a plus, holding 10 or 11 digits from 0 (or 11 or 12 from 44, the only numbers a
 * plus may start), which are accepted again however they are spaced.
 */
class PhoneAnswerFuzzTest {

    private static final Question PHONE = Question.required("phone", QuestionType.PHONE);

    private final AnswerValidator validator = new AnswerValidator(JourneyNavigatorTest.NOVEMBER_2026);

    /** Input: the number as typed, in UTF-8. */
    @FuzzTest(maxDuration = "2m")
    void aPhoneNumberIsRefusedOrAcceptedAsAUkNumber(byte[] input) {
        String typed = new String(input, StandardCharsets.UTF_8);

        Optional<FieldError> error = validate(typed);

        error.ifPresent(refused -> assertThat(refused.messageKey())
                .isIn("trial.phone.error.required", "journey.error.phone.format"));
        if (error.isEmpty()) {
            String number = typed.strip();
            assertThat(number).hasSizeLessThanOrEqualTo(20).matches("[0-9 +()\\-]+");
            String digits = number.replaceAll("[^0-9]", "");
            assertThat(digits).matches("0[0-9]{9,10}|44[0-9]{9,10}");
            if (number.contains("+")) {
                assertThat(digits).startsWith("44");
            }
            assertThat(validate(digits)).isEmpty();
            assertThat(validate(digits.startsWith("44") ? "+" + digits : digits.replaceAll("(.{5})", "$1 ")))
                    .isEmpty();
        }
    }

    private Optional<FieldError> validate(String typed) {
        return validator.validate(TrialJourney.ID, PHONE, Answers.none().with(Map.of("phone", List.of(typed))));
    }
}
