package uk.police.complaints.portal.journey;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks one question's answer the way GOV.UK services do: required unless optional, within its length, in the
 * right format, a real date not in the future, a choice that was offered. Messages are keys: {@code
 * <journey>.<question>.error.required} for a missing answer, {@code journey.error.*} for the rest.
 */
@Component
public class AnswerValidator {

    static final int TEXT_LIMIT = 500;
    static final int TEXTAREA_LIMIT = 10_000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("^[0-9 +()\\-]+$");
    private static final Pattern UK_PHONE = Pattern.compile("^(0\\d{9,10}|44\\d{9,10})$");
    /** Checked before capitals are made: Java capitalises "ſ" as "S" and "ß" as "SS". */
    private static final Pattern POSTCODE_CHARACTERS = Pattern.compile("^[A-Za-z0-9\\s]+$");
    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$");
    private static final Pattern DIGITS = Pattern.compile("^\\d+$");

    private final Clock clock;

    public AnswerValidator(Clock clock) {
        this.clock = clock;
    }

    public Optional<FieldError> validate(String journeyId, Question question, Answers answers) {
        List<String> values = question.fields().stream().map(answers::first).map(String::strip).toList();
        if (values.stream().allMatch(String::isEmpty)) {
            return question.optional() ? Optional.empty()
                    : error(question, question.fields().get(0), journeyId + "." + question.name() + ".error.required");
        }
        return switch (question.type()) {
            case TEXT -> tooLong(question, values.get(0), TEXT_LIMIT);
            case TEXTAREA -> tooLong(question, values.get(0), TEXTAREA_LIMIT);
            case EMAIL -> tooLong(question, values.get(0), 254)
                    .or(() -> unless(EMAIL.matcher(values.get(0)).matches(), question, "journey.error.email.format"));
            case PHONE -> phone(question, values.get(0));
            case POSTCODE -> unless(POSTCODE_CHARACTERS.matcher(values.get(0)).matches()
                    && POSTCODE.matcher(normalisePostcode(values.get(0))).matches(), question,
                    "journey.error.postcode.format");
            case DATE -> date(question, values);
            case RADIOS, SELECT -> unless(offered(question, values.get(0)), question, "journey.error.choice.unknown");
            case CHECKBOXES -> choices(question, answers.all(question.name()));
            // Each file was checked (type, size, malware) when it was uploaded; here only that they are files.
            case FILE -> unless(answers.all(question.name()).stream().allMatch(FileAnswer::isOne), question,
                    "journey.error.file.unknown");
        };
    }

    static String normalisePostcode(String postcode) {
        return postcode.toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private Optional<FieldError> tooLong(Question question, String value, int typeLimit) {
        int limit = question.maxLength() > 0 ? question.maxLength() : typeLimit;
        return value.codePointCount(0, value.length()) > limit
                ? Optional.of(new FieldError(question.name(), question.name(), "journey.error.too-long", List.of(limit)))
                : Optional.empty();
    }

    private Optional<FieldError> phone(Question question, String value) {
        String digits = value.replaceAll("[^0-9]", "");
        boolean valid = value.length() <= 20 && PHONE_CHARACTERS.matcher(value).matches()
                && UK_PHONE.matcher(digits).matches() && (!value.contains("+") || digits.startsWith("44"));
        return unless(valid, question, "journey.error.phone.format");
    }

    private Optional<FieldError> date(Question question, List<String> parts) {
        List<String> fields = question.fields();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).isEmpty()) {
                return error(question, fields.get(i), "journey.error.date.incomplete");
            }
            if (!DIGITS.matcher(parts.get(i)).matches() || parts.get(i).length() > 4) {
                return error(question, fields.get(i), "journey.error.date.real");
            }
        }
        if (parts.get(2).length() != 4) {
            return error(question, fields.get(2), "journey.error.date.year");
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(parts.get(2)), Integer.parseInt(parts.get(1)),
                    Integer.parseInt(parts.get(0)));
        } catch (DateTimeException notADate) {
            return error(question, fields.get(0), "journey.error.date.real");
        }
        return date.isAfter(LocalDate.now(clock)) ? error(question, fields.get(0), "journey.error.date.future")
                : Optional.empty();
    }

    private Optional<FieldError> choices(Question question, List<String> chosen) {
        if (!chosen.stream().allMatch(value -> offered(question, value))) {
            return error(question, question.name(), "journey.error.choice.unknown");
        }
        boolean exclusiveWithOthers = chosen.size() > 1 && question.options().stream()
                .anyMatch(option -> option.exclusive() && chosen.contains(option.value()));
        return unless(!exclusiveWithOthers, question, "journey.error.choice.exclusive");
    }

    private static boolean offered(Question question, String value) {
        return question.options().stream().anyMatch(option -> option.value().equals(value));
    }

    private static Optional<FieldError> unless(boolean valid, Question question, String messageKey) {
        return valid ? Optional.empty() : error(question, question.name(), messageKey);
    }

    private static Optional<FieldError> error(Question question, String field, String messageKey) {
        return Optional.of(new FieldError(question.name(), field, messageKey, List.of()));
    }
}
