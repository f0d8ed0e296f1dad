package uk.police.complaints.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two languages the portal is written in. Welsh is never second: neither is a fallback for the other. */
public enum Language {
    ENGLISH("en"),
    WELSH("cy");

    private final String tag;
    private final Locale locale;

    Language(String tag) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(tag);
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    public Language other() {
        return this == ENGLISH ? WELSH : ENGLISH;
    }

    public static Optional<Language> fromTag(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equalsIgnoreCase(tag)).findFirst();
    }

    /** The language of a locale, English for any locale that is not Welsh. */
    public static Language of(Locale locale) {
        return locale != null && WELSH.tag.equals(locale.getLanguage()) ? WELSH : ENGLISH;
    }
}
