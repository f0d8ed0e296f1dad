package uk.police.complaints.portal.journey;

import java.util.List;

/** One row of check answers: the question (its name and label), the answer as lines to show, and where to change it. */
public record AnswerRow(String question, String labelKey, List<ShownValue> values, String changeHref) {

    public AnswerRow {
        values = List.copyOf(values);
    }

    /** Either words the person typed, shown as typed, or a message key for a choice they made. */
    public record ShownValue(String typed, String messageKey) {

        static ShownValue typed(String text) {
            return new ShownValue(text, null);
        }

        static ShownValue chosen(String messageKey) {
            return new ShownValue(null, messageKey);
        }
    }
}
