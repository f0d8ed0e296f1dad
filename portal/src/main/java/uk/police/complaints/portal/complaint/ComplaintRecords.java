package uk.police.complaints.portal.complaint;

import static uk.police.complaints.portal.applicant.ApplicantRecords.text;

import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.applicant.ApplicantRecords;
import uk.police.complaints.portal.applicant.ApplicantRecords.Representative;
import uk.police.complaints.portal.complaint.ComplaintRecord.Incident;
import uk.police.complaints.portal.journey.Answers;

/** Turns the answers on a complete path into the typed complaint record, keeping every word as typed. */
final class ComplaintRecords {

    static final String IOPC = "iopc";

    private ComplaintRecords() {
    }

    static ComplaintRecord from(Answers answers, Language journeyLanguage) {
        Representative representative = ApplicantRecords.representative(answers, "who-is-complaining");
        return new ComplaintRecord(ComplaintRecord.SCHEMA_VERSION, journeyLanguage.tag(),
                text(answers, "correspondence-language"), answers.first("who-is-complaining"), representative,
                text(answers, "how-affected"), text(answers, "force"), text(answers, "where-it-happened"),
                incident(answers), ApplicantRecords.contact(answers, representative),
                ApplicantRecords.support(answers));
    }

    /**
     * Where the complaint goes: the force or body it is about, which assesses it; the IOPC's intake when the person
     * does not know which force it was, to find out from where it happened.
     */
    static String destination(Answers answers) {
        String force = answers.first("force");
        return force.isEmpty() || ComplaintJourney.DONT_KNOW.equals(force) ? IOPC : force;
    }

    private static Incident incident(Answers answers) {
        String overAYear = text(answers, "over-a-year-ago");
        return new Incident(answers.date("incident-date").orElse(null), text(answers, "approximate-date"),
                overAYear == null ? null : overAYear.equals("yes"), text(answers, "why-now"),
                text(answers, "incident-time"), text(answers, "incident-place"), text(answers, "what-happened"),
                text(answers, "officers"), text(answers, "witnesses"), text(answers, "witness-details"),
                text(answers, "anyone-hurt"), text(answers, "injury-details"), text(answers, "impact"),
                text(answers, "outcome-wanted"));
    }
}
