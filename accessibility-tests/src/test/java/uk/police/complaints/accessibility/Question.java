package uk.police.complaints.accessibility;

import java.util.List;

/**
 * A question on a page, as a walk finds it, whether in a browser, from the keyboard or in served HTML: what
 * {@link Choices#answer} needs to decide the answer, so that every walk answers a page the same way.
 *
 * @param options the values to choose among, in page order (a list's "choose" line left out); none for typed fields
 * @param chosen the values chosen already, as the page was shown (such as the language the person is using)
 * @param autocomplete a typed field's autocomplete, which says what kind of text it takes
 */
record Question(String name, Kind kind, List<String> options, List<String> chosen, String autocomplete) {

    enum Kind {
        RADIOS, CHECKBOXES, LIST, TYPED, FILE
    }

    Question {
        options = List.copyOf(options);
        chosen = List.copyOf(chosen);
    }

    static Question typed(String name, String autocomplete) {
        return new Question(name, Kind.TYPED, List.of(), List.of(), autocomplete);
    }
}
