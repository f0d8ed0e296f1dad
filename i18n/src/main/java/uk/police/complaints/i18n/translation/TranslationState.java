package uk.police.complaints.i18n.translation;

import java.util.Arrays;
import java.util.Locale;

/** The states of an XLIFF 2 segment, in the order a string moves through them. */
public enum TranslationState {
    /** No Welsh yet. */
    INITIAL,
    /** Welsh written (by an engineer or a machine), not yet reviewed by a fluent translator. */
    TRANSLATED,
    /** Welsh reviewed by a fluent translator. */
    REVIEWED,
    /** Welsh reviewed and signed off. */
    FINAL;

    public String xliffName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isReviewed() {
        return this == REVIEWED || this == FINAL;
    }

    public static TranslationState fromXliffName(String name) {
        return Arrays.stream(values()).filter(state -> state.xliffName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not an XLIFF 2 segment state"
                        + " (initial, translated, reviewed or final)"));
    }
}
