package uk.police.complaints.portal.journey;

/** The kinds of question a journey can ask; each has one Thymeleaf fragment and one {@link AnswerFormat}. */
public enum QuestionType {
    RADIOS,
    CHECKBOXES,
    TEXT,
    TEXTAREA,
    DATE,
    SELECT,
    EMAIL,
    PHONE,
    POSTCODE;

    public String fragment() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
