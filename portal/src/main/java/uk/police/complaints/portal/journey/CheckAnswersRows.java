package uk.police.complaints.portal.journey;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.journey.AnswerRow.ShownValue;

/** The rows of check answers, from the same walk that navigation uses, so only answers on the path appear. */
@Component
class CheckAnswersRows {

    private static final String NOT_GIVEN = "journey.check-answers.not-given";

    List<AnswerRow> rows(JourneyDefinition journey, JourneyPath path, Answers answers, Language language) {
        List<AnswerRow> rows = new ArrayList<>();
        for (JourneyPage page : path.completed()) {
            for (Question question : page.questions()) {
                rows.add(new AnswerRow(question.name(), journey.key(question.name() + ".label"),
                        shown(question, answers, language), JourneyLinks.page(journey, page.slug(), true)));
            }
        }
        return rows;
    }

    private static List<ShownValue> shown(Question question, Answers answers, Language language) {
        List<ShownValue> values = switch (question.type()) {
            case RADIOS, SELECT, CHECKBOXES -> answers.all(question.name()).stream()
                    .filter(value -> !value.isBlank())
                    .map(value -> chosen(question, value, language))
                    .toList();
            case DATE -> List.of(ShownValue.typed(date(question, answers, language)));
            case POSTCODE -> List.of(ShownValue.typed(AnswerValidator.normalisePostcode(answers.first(question.name()))));
            case FILE -> answers.all(question.name()).stream()
                    .map(file -> ShownValue.typed(FileAnswer.parse(file).fileName())).toList();
            default -> List.of(ShownValue.typed(answers.first(question.name()).strip()));
        };
        boolean nothing = values.isEmpty() || values.stream().allMatch(value -> value.typed() != null && value.typed().isEmpty());
        return nothing ? List.of(ShownValue.chosen(NOT_GIVEN)) : values;
    }

    private static ShownValue chosen(Question question, String value, Language language) {
        return question.options().stream()
                .filter(option -> option.value().equals(value))
                .findFirst()
                .map(option -> option.isNamed() ? ShownValue.typed(option.name(language.tag()))
                        : ShownValue.chosen(option.labelKey()))
                .orElseThrow(() -> new IllegalStateException("an answer that was not offered reached check answers"));
    }

    /** "3 March 2026", "3 Mawrth 2026": the date written in the page's language. */
    private static String date(Question question, Answers answers, Language language) {
        return answers.date(question.name())
                .map(language::date)
                .orElse("");
    }
}
