package uk.police.complaints.portal.reference;

/**
 * A police force or other body in the complaints system's remit, from {@code reference/police-bodies.csv}. The
 * Welsh name is empty where the English name is used in Welsh text too.
 */
public record PoliceBody(String code, String nameEnglish, String nameWelsh, String country, String kind,
        String localPolicingBodyEnglish, String localPolicingBodyWelsh) {
}
