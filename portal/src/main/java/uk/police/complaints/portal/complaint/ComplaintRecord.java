package uk.police.complaints.portal.complaint;

import java.time.LocalDate;
import java.util.List;

/**
 * A complaint as the back office receives it (schema version {@value #SCHEMA_VERSION}). Absent answers are null;
 * equality answers are not here: they travel apart, with nothing that links them to the complainant.
 */
record ComplaintRecord(int schemaVersion, String journeyLanguage, String correspondenceLanguage, String complainingFor,
        Representative representative, String howAffected, String forceCode, String whereItHappened,
        Incident incident, Contact contact, Support support) {

    static final int SCHEMA_VERSION = 1;

    /** Someone complaining on another person's behalf, and that person. */
    record Representative(String name, String organisation, String relationship, String personName, String permission,
            String permissionHow, String writeTo) {
    }

    record Incident(LocalDate date, String approximateDate, Boolean moreThanTwelveMonthsAgo, String whyNow, String time,
            String place, String whatHappened, String officers, String witnesses, String witnessDetails,
            String anyoneHurt, String injuryDetails, String impact, String outcomeWanted) {
    }

    /** Whom to write to, and how. */
    record Contact(String name, List<String> methods, String email, String phone, Address address) {
    }

    record Address(String line1, String line2, String town, String postcode) {
    }

    record Support(List<String> needs, String other) {
    }

    /** Optional answers about the complainant, each of which may be "prefer-not". */
    record Equality(String ageBand, String ethnicGroup, String disability, String gender) {
    }
}
