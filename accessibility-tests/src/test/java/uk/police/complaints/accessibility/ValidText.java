package uk.police.complaints.accessibility;

import java.util.Map;

/** Text each kind of field accepts, with Welsh letters where free text is allowed, for walks that type answers. */
final class ValidText {

    /**
     * By the ending of a date part's name, or else by the field's autocomplete (the empty one for free text): what
     * a walk types there.
     */
    static final Map<String, String> BY_KIND = Map.of("-day", "1", "-month", "1", "-year", "2025",
            "email", "person@example.com", "tel", "07700 900982", "postal-code", "CF10 1AA", "", "Prawf ŵ ŷ");

    private ValidText() {
    }

    static String forField(String name, String autocomplete) {
        for (String datePart : new String[] {"-day", "-month", "-year"}) {
            if (name.endsWith(datePart)) {
                return BY_KIND.get(datePart);
            }
        }
        return BY_KIND.getOrDefault(autocomplete, BY_KIND.get(""));
    }
}
