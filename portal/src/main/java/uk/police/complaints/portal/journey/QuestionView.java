package uk.police.complaints.portal.journey;

import java.util.List;

/** A question as its fragment draws it: the definition, what the person entered, and any error. */
public record QuestionView(Question question, String keyPrefix, List<String> values, List<String> dateParts,
        FieldError error, boolean isHeading, int characterLimit) {

    public String value() {
        return values.isEmpty() ? "" : values.get(0);
    }

    /** The files a file question has taken so far. */
    public List<FileAnswer> files() {
        return values.stream().filter(FileAnswer::isOne).map(FileAnswer::parse).toList();
    }

    public boolean isChosen(String option) {
        return values.contains(option);
    }

    public String describedBy() {
        StringBuilder ids = new StringBuilder();
        if (question.type() == QuestionType.TEXTAREA) {
            ids.append(question.name()).append("-info ");
        }
        if (question.hasHint()) {
            ids.append(question.name()).append("-hint ");
        }
        if (error != null) {
            ids.append(question.name()).append("-error");
        }
        String joined = ids.toString().strip();
        return joined.isEmpty() ? null : joined;
    }
}
