package uk.police.complaints.portal.journey;

/**
 * One answer a person can choose. {@code labelKey} is a message key, or, when {@code literal} is set, text shown
 * as it is (the names of police forces come from reference data in both languages).
 */
public record Option(String value, String labelKey, String hintKey, boolean exclusive, String literalEnglish,
        String literalWelsh) {

    public static Option of(String value, String labelKey) {
        return new Option(value, labelKey, null, false, null, null);
    }

    public static Option withHint(String value, String labelKey, String hintKey) {
        return new Option(value, labelKey, hintKey, false, null, null);
    }

    /** A checkbox that clears the others ("None of these", "Prefer not to say"). */
    public static Option exclusive(String value, String labelKey) {
        return new Option(value, labelKey, null, true, null, null);
    }

    public static Option named(String value, String english, String welsh) {
        return new Option(value, null, null, false, english, welsh);
    }

    public boolean isNamed() {
        return labelKey == null;
    }

    /** The name of a named option in a language; Welsh text uses the English name where no Welsh one is used. */
    public String name(String languageTag) {
        return "cy".equals(languageTag) && literalWelsh != null && !literalWelsh.isBlank() ? literalWelsh : literalEnglish;
    }
}
