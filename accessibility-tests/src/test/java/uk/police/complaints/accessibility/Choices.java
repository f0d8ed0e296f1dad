package uk.police.complaints.accessibility;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which options a journey walk picks: the values named for some questions, and for every other question the first
 * option or the last. Naming a few answers is how a walk takes a branch that neither end of the lists leads to.
 *
 * @param values the option values to pick, by question name (several for checkboxes), or the text to type, by
 *     field name
 */
record Choices(String name, boolean lastByDefault, Map<String, List<String>> values) {

    Choices {
        values = Map.copyOf(values);
    }

    static Choices first() {
        return new Choices("first options", false, Map.of());
    }

    static Choices last() {
        return new Choices("last options", true, Map.of());
    }

    static Choices named(String name) {
        return new Choices(name, false, Map.of());
    }

    Choices with(String question, String... chosen) {
        Map<String, List<String>> more = new LinkedHashMap<>(values);
        more.put(question, List.of(chosen));
        return new Choices(name, lastByDefault, more);
    }

    /**
     * How every walk answers a question: the values named for it; for radios that came with a choice made, that
     * choice, as a person keeps the one the page made for them (such as the language they are using); for a typed
     * field, text of its kind; for a file, none unless named; otherwise the first option or the last.
     */
    List<String> answer(Question question) {
        List<String> named = values.get(question.name());
        if (named != null) {
            return named;
        }
        return switch (question.kind()) {
            case TYPED -> List.of(ValidText.forField(question.name(), question.autocomplete()));
            case FILE -> List.of();
            case RADIOS -> question.chosen().isEmpty() ? firstOrLast(question.options()) : question.chosen();
            case CHECKBOXES, LIST -> firstOrLast(question.options());
        };
    }

    private List<String> firstOrLast(List<String> options) {
        return List.of(options.get(lastByDefault ? options.size() - 1 : 0));
    }

    @Override
    public String toString() {
        return name;
    }
}
