package uk.police.complaints.portal.journey;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a person has entered so far, field by field, exactly as typed: a date is three fields, a set of
 * checkboxes is a list. Immutable; each saved page gives a new instance.
 */
public record Answers(Map<String, List<String>> fields) implements Serializable {

    public Answers {
        fields = Map.copyOf(fields);
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    public String first(String field) {
        List<String> values = all(field);
        return values.isEmpty() ? "" : values.get(0);
    }

    public List<String> all(String field) {
        return fields.getOrDefault(field, List.of());
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** A date question's answer, from its three fields; empty when it was not asked or left empty. */
    public Optional<LocalDate> date(String question) {
        String day = first(question + "-day").strip();
        String month = first(question + "-month").strip();
        String year = first(question + "-year").strip();
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (NumberFormatException | DateTimeException e) {
            throw new IllegalStateException("the date " + question + " did not validate", e);
        }
    }

    /** These answers with the given fields replaced (a page's fields are saved together). */
    /** Whether any equality monitoring question was answered (saying no to the offer answers none). */
    public boolean hasEqualityAnswers() {
        return fields.keySet().stream()
                .anyMatch(field -> Question.isEqualityAnswer(field) && has(field));
    }

    public Answers with(Map<String, List<String>> replacements) {
        Map<String, List<String>> merged = new LinkedHashMap<>(fields);
        merged.putAll(replacements);
        return new Answers(merged);
    }

    /** Only the given fields: what is on the person's current path, and nothing from a branch they left. */
    public Answers only(Collection<String> kept) {
        Map<String, List<String>> onPath = new LinkedHashMap<>();
        fields.forEach((field, values) -> {
            if (kept.contains(field)) {
                onPath.put(field, values);
            }
        });
        return new Answers(onPath);
    }
}
