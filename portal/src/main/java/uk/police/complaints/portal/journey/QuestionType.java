package uk.police.complaints.portal.journey;

/**
 * The kinds of question a journey can ask. Each is drawn by one Thymeleaf fragment; the single-line kinds share
 * the input fragment and differ only in the input's type, autocomplete hint, width and spellchecking.
 */
public enum QuestionType {
    RADIOS("radios"),
    CHECKBOXES("checkboxes"),
    TEXT(new Input("text", null, null, true)),
    TEXTAREA("textarea"),
    DATE("date"),
    SELECT("select"),
    EMAIL(new Input("email", "email", null, false)),
    PHONE(new Input("tel", "tel", "govuk-input--width-20", false)),
    POSTCODE(new Input("text", "postal-code", "govuk-input--width-10", false)),
    /** Files: each answer is one uploaded file, kept apart from the session (see {@link FileAnswer}). */
    FILE("file");

    /** How a single-line question's input element is drawn. */
    public record Input(String type, String autocomplete, String widthClass, boolean spellcheck) {
    }

    private final String fragment;
    private final Input input;

    QuestionType(String fragment) {
        this.fragment = fragment;
        this.input = null;
    }

    QuestionType(Input input) {
        this.fragment = "input";
        this.input = input;
    }

    public String fragment() {
        return fragment;
    }

    public Input input() {
        return input;
    }
}
