package uk.police.complaints.portal.complaint;

import java.time.LocalDate;
import uk.police.complaints.portal.applicant.ApplicantRecords.Contact;
import uk.police.complaints.portal.applicant.ApplicantRecords.Representative;
import uk.police.complaints.portal.applicant.ApplicantRecords.Support;

/**
 * A complaint as the back office receives it (schema version {@value #SCHEMA_VERSION}). Absent answers are null;
 * equality answers are not here: they travel apart, with nothing that links them to the complainant.
 */
record ComplaintRecord(int schemaVersion, String journeyLanguage, String correspondenceLanguage, String complainingFor,
        Representative representative, String howAffected, String forceCode, String whereItHappened,
        Incident incident, Contact contact, Support support) {

    static final int SCHEMA_VERSION = 1;

    record Incident(LocalDate date, String approximateDate, Boolean moreThanTwelveMonthsAgo, String whyNow, String time,
            String place, String whatHappened, String officers, String witnesses, String witnessDetails,
            String anyoneHurt, String injuryDetails, String impact, String outcomeWanted) {
    }
}
