package uk.police.complaints.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two languages the portal is written in. Welsh is never second: neither is a fallback for the other. */
public enum Language {
    ENGLISH("en"),
    WELSH("cy");

    /** Times are written as people in England and Wales read them, whatever the server's zone. */
    public static final ZoneId LONDON = ZoneId.of(Zone.LONDON);

    private final String tag;
    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateAndTime;

    Language(String tag) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(tag);
        this.date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        this.dateAndTime = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale).withZone(ZoneId.of(Zone.LONDON));
    }

    /** "3 March 2026", "3 Mawrth 2026". */
    public String date(LocalDate day) {
        return date.format(day);
    }

    /** "3 March 2026, 14:05", "3 Mawrth 2026, 14:05", in London's time. */
    public String dateAndTime(Instant instant) {
        return dateAndTime.format(instant);
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

    /** A constant an enum's constructor may read (it may not read the enum's own static fields). */
    private static final class Zone {
        static final String LONDON = "Europe/London";
    }
}
