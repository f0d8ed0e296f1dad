package uk.police.complaints.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A postcode is refused with the postcode message, or accepted as a UK postcode: only letters, digits and spaces
 * as typed, written one way (capitals, one space) that is itself accepted and written the same way again.
 */
class PostcodeAnswerFuzzTest {

    private static final Question POSTCODE = Question.required("postcode", QuestionType.POSTCODE);

    private final AnswerValidator validator = new AnswerValidator(JourneyNavigatorTest.NOVEMBER_2026);

    /** Input: the postcode as typed, in UTF-8. */
    @FuzzTest(maxDuration = "2m")
    void aPostcodeIsRefusedOrAcceptedInOneWrittenForm(byte[] input) {
        String typed = new String(input, StandardCharsets.UTF_8);

        Optional<FieldError> error = validate(typed);

        error.ifPresent(refused -> assertThat(refused.messageKey())
                .isIn("trial.postcode.error.required", "journey.error.postcode.format"));
        if (error.isEmpty()) {
            assertThat(typed.strip()).matches("[A-Za-z0-9 \\t\\n\\x0B\\f\\r]+");
            String written = AnswerValidator.normalisePostcode(typed);
            assertThat(written).matches("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");
            assertThat(AnswerValidator.normalisePostcode(written)).isEqualTo(written);
            assertThat(validate(written)).isEmpty();
            assertThat(validate(" " + written.toLowerCase(Locale.ROOT) + " ")).isEmpty();
        }
    }

    private Optional<FieldError> validate(String typed) {
        return validator.validate(TrialJourney.ID, POSTCODE, Answers.none().with(Map.of("postcode", List.of(typed))));
    }
}
