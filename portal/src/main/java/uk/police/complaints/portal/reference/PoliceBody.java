package uk.police.complaints.portal.reference;

import uk.police.complaints.i18n.Language;

/**
 * A police force or other body in the complaints system's remit, from {@code reference/police-bodies.csv}. The
 * Welsh name is empty where the English name is used in Welsh text too.
 */
public record PoliceBody(String code, String nameEnglish, String nameWelsh, String country, String kind,
        String localPolicingBodyEnglish, String localPolicingBodyWelsh) {

    /** The body's name in a language: its Welsh name where it has one, else the English. */
    public String name(Language language) {
        return language == Language.WELSH && !nameWelsh.isBlank() ? nameWelsh : nameEnglish;
    }
}
