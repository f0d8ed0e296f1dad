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

    /** The values to pick among a question's options, given in page order: the named ones, or the first or last. */
    List<String> pick(String question, List<String> options) {
        List<String> named = values.get(question);
        if (named != null) {
            return named;
        }
        return List.of(options.get(lastByDefault ? options.size() - 1 : 0));
    }

    @Override
    public String toString() {
        return name;
    }
}
