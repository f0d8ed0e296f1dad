package uk.police.complaints.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerValidatorTest {

    private final AnswerValidator validator = new AnswerValidator(JourneyNavigatorTest.NOVEMBER_2026);

    @Test
    void aMissingAnswerGetsTheQuestionsOwnMessage() {
        assertThat(check(Question.required("story", QuestionType.TEXTAREA), Map.of("story", List.of("   "))))
                .map(FieldError::messageKey).contains("trial.story.error.required");
    }

    @Test
    void anOptionalQuestionMayBeLeftEmpty() {
        assertThat(check(Question.required("phone", QuestionType.PHONE).asOptional(), Map.of("phone", List.of(""))))
                .isEmpty();
    }

    @Test
    void textLongerThanTheLimitIsRefusedAndTheLimitSaid() {
        Optional<FieldError> error = check(Question.required("story", QuestionType.TEXTAREA).limitedTo(5),
                Map.of("story", List.of("ŵŷâêîô")));
        assertThat(error).map(FieldError::messageKey).contains("journey.error.too-long");
        assertThat(error.get().arguments()).containsExactly(5);
    }

    @Test
    void welshLettersAndEmojiCountAsOneCharacterEach() {
        assertThat(check(Question.required("story", QuestionType.TEXTAREA).limitedTo(3),
                Map.of("story", List.of("ŵŷ😀")))).isEmpty();
    }

    @Test
    void longFreeTextUpTo8700CharactersAndMoreIsAccepted() {
        assertThat(check(Question.required("story", QuestionType.TEXTAREA), Map.of("story", List.of("a".repeat(8_700)))))
                .isEmpty();
    }

    @Nested
    class Dates {

        private final Question date = Question.required("when", QuestionType.DATE);

        @Test
        void aRealPastDateIsAccepted() {
            assertThat(date("29", "2", "2024")).isEmpty();
        }

        @Test
        void aDateThatDoesNotExistIsRefused() {
            assertThat(date("29", "2", "2025")).map(FieldError::messageKey).contains("journey.error.date.real");
        }

        @Test
        void aDateInTheFutureIsRefused() {
            assertThat(date("24", "11", "2026")).map(FieldError::messageKey).contains("journey.error.date.future");
        }

        @Test
        void todayIsAccepted() {
            assertThat(date("23", "11", "2026")).isEmpty();
        }

        @Test
        void aMissingPartLinksToThatPart() {
            Optional<FieldError> error = date("3", "", "2026");
            assertThat(error).map(FieldError::messageKey).contains("journey.error.date.incomplete");
            assertThat(error).map(FieldError::field).contains("when-month");
        }

        @Test
        void aTwoDigitYearIsRefused() {
            assertThat(date("3", "3", "26")).map(FieldError::messageKey).contains("journey.error.date.year");
        }

        @Test
        void lettersAreNotADate() {
            assertThat(date("three", "3", "2026")).map(FieldError::messageKey).contains("journey.error.date.real");
        }

        private Optional<FieldError> date(String day, String month, String year) {
            return check(date, Map.of("when-day", List.of(day), "when-month", List.of(month), "when-year", List.of(year)));
        }
    }

    @Nested
    class Formats {

        @ParameterizedTest
        @ValueSource(strings = {"name@example.com", "siân.ŵyn@enghraifft.cymru"})
        void anEmailAddressIsAccepted(String email) {
            assertThat(check(Question.required("email", QuestionType.EMAIL), Map.of("email", List.of(email)))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"name", "name@", "name@example", "a b@example.com"})
        void somethingElseIsNotAnEmailAddress(String email) {
            assertThat(check(Question.required("email", QuestionType.EMAIL), Map.of("email", List.of(email))))
                    .map(FieldError::messageKey).contains("journey.error.email.format");
        }

        @ParameterizedTest
        @ValueSource(strings = {"01632 960 001", "07700 900982", "+44 7700 900 982", "(029) 2018 0000"})
        void aUkPhoneNumberIsAccepted(String phone) {
            assertThat(check(Question.required("phone", QuestionType.PHONE), Map.of("phone", List.of(phone)))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"12345", "+1 202 555 0100", "07700 900 98x", "0770090098212345"})
        void somethingElseIsNotAUkPhoneNumber(String phone) {
            assertThat(check(Question.required("phone", QuestionType.PHONE), Map.of("phone", List.of(phone))))
                    .map(FieldError::messageKey).contains("journey.error.phone.format");
        }

        @ParameterizedTest
        @ValueSource(strings = {"CF10 1AA", "cf101aa", "SW1A 2AA", "m1 1ae", "LL57  2DG"})
        void aUkPostcodeIsAccepted(String postcode) {
            assertThat(check(Question.required("postcode", QuestionType.POSTCODE), Map.of("postcode", List.of(postcode))))
                    .isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"CF10", "12345", "CF10 1A", "<script>", "ſw1a 1aa", "ß1 1AA"})
        void somethingElseIsNotAPostcode(String postcode) {
            assertThat(check(Question.required("postcode", QuestionType.POSTCODE), Map.of("postcode", List.of(postcode))))
                    .map(FieldError::messageKey).contains("journey.error.postcode.format");
        }
    }

    @Nested
    class Choices {

        private final Question help = Question.choice("help", QuestionType.CHECKBOXES, List.of(
                Option.of("large-print", "k"), Option.of("interpreter", "k"), Option.exclusive("none", "k")));

        @Test
        void severalOfferedChoicesAreAccepted() {
            assertThat(check(help, Map.of("help", List.of("large-print", "interpreter")))).isEmpty();
        }

        @Test
        void aChoiceThatWasNotOfferedIsRefused() {
            assertThat(check(help, Map.of("help", List.of("large-print", "bribe"))))
                    .map(FieldError::messageKey).contains("journey.error.choice.unknown");
        }

        @Test
        void anExclusiveChoiceCannotBeCombined() {
            assertThat(check(help, Map.of("help", List.of("large-print", "none"))))
                    .map(FieldError::messageKey).contains("journey.error.choice.exclusive");
        }

        @Test
        void nothingTickedIsAMissingAnswer() {
            assertThat(check(help, Map.of("help", List.of()))).map(FieldError::messageKey)
                    .contains("trial.help.error.required");
        }

        @Test
        void aRadioAnswerMustBeOneOffered() {
            Question who = Question.choice("who", QuestionType.RADIOS, List.of(Option.of("myself", "k")));
            assertThat(check(who, Map.of("who", List.of("everyone")))).map(FieldError::messageKey)
                    .contains("journey.error.choice.unknown");
        }
    }

    private Optional<FieldError> check(Question question, Map<String, List<String>> fields) {
        return validator.validate(TrialJourney.ID, question, new Answers(fields));
    }
}
