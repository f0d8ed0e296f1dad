package uk.police.complaints.i18n.translation;

/** Where a string's Welsh stands today, as the report counts it. */
public enum WelshStatus {
    INITIAL("initial", TranslationState.INITIAL),
    TRANSLATED("translated", TranslationState.TRANSLATED),
    REVIEWED("reviewed", TranslationState.REVIEWED),
    FINAL("final", TranslationState.FINAL),
    /** Reviewed once, but its English has changed since: shown to the translator as translated again. */
    NEEDS_REVIEW("needs review (source changed)", TranslationState.TRANSLATED);

    private final String label;
    private final TranslationState exportedAs;

    WelshStatus(String label, TranslationState exportedAs) {
        this.label = label;
        this.exportedAs = exportedAs;
    }

    public String label() {
        return label;
    }

    public TranslationState exportedAs() {
        return exportedAs;
    }
}
