package uk.police.complaints.portal.journey;

import java.util.List;

/**
 * One question on a page. Keys, not text: {@code <prefix>.label}, {@code <prefix>.hint} (when {@code hasHint}),
 * and {@code <prefix>.error.required}, where the prefix is {@code <journey>.<name>}.
 *
 * @param maxLength the most characters a text answer may have; 0 for the type's own limit
 * @param suggestsPageLanguage whether a choice between languages starts with the language the person is using,
 *     so a Welsh speaker who is filling the form in Welsh does not have to say so again
 */
public record Question(String name, QuestionType type, boolean optional, boolean hasHint, List<Option> options,
        int maxLength, boolean suggestsPageLanguage) {

    public Question {
        options = List.copyOf(options);
    }

    private static final String EQUALITY_OFFER = "equality-offer";

    /** Equality monitoring questions, and the offer to answer them, are named {@code equality-...}. */
    public static boolean isAboutEquality(String name) {
        return name.startsWith("equality-");
    }

    /**
     * An equality monitoring answer proper, which travels apart from what was sent and is left out of every copy
     * unless the person asks for it; the offer's yes or no stays in, as it is on check answers.
     */
    public static boolean isEqualityAnswer(String name) {
        return isAboutEquality(name) && !name.equals(EQUALITY_OFFER);
    }

    public static Question required(String name, QuestionType type) {
        return new Question(name, type, false, false, List.of(), 0, false);
    }

    public static Question choice(String name, QuestionType type, List<Option> options) {
        return new Question(name, type, false, false, options, 0, false);
    }

    public Question asOptional() {
        return new Question(name, type, true, hasHint, options, maxLength, suggestsPageLanguage);
    }

    public Question withHint() {
        return new Question(name, type, optional, true, options, maxLength, suggestsPageLanguage);
    }

    public Question limitedTo(int characters) {
        return new Question(name, type, optional, hasHint, options, characters, suggestsPageLanguage);
    }

    /** Until the person answers, the option whose value is the page's language tag is chosen for them. */
    public Question suggestingPageLanguage() {
        return new Question(name, type, optional, hasHint, options, maxLength, true);
    }

    /** The form fields this question posts: a date posts three. */
    public List<String> fields() {
        return type == QuestionType.DATE ? List.of(name + "-day", name + "-month", name + "-year") : List.of(name);
    }
}
