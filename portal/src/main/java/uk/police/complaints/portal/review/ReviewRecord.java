package uk.police.complaints.portal.review;

import java.time.LocalDate;
import uk.police.complaints.portal.applicant.ApplicantRecords.Contact;
import uk.police.complaints.portal.applicant.ApplicantRecords.Representative;
import uk.police.complaints.portal.applicant.ApplicantRecords.Support;

/**
 * An application for a review (or an appeal) as the back office receives it (schema version
 * {@value #SCHEMA_VERSION}). Absent answers are null; equality answers travel apart.
 *
 * @param type {@code review}, or {@code appeal} for a complaint recorded before 1 February 2020
 * @param reviewBody {@code iopc} or {@code local-policing-body}: the back office routes on it
 * @param reviewBodyAnswer what the person said the letter names: {@code iopc}, {@code local-policing-body} or
 *     {@code not-sure}
 * @param localPolicingBody the local policing body's name, when it reviews the application
 * @param deadline the last day the application was on time
 * @param late whether it was received after the deadline
 */
record ReviewRecord(int schemaVersion, String type, String journeyLanguage, String correspondenceLanguage,
        String applyingFor, Representative representative, String reviewBody, String reviewBodyAnswer,
        String localPolicingBody, String forceCode, LocalDate outcomeLetterDate, LocalDate deadline, boolean late,
        String lateReason, String complaintReference, String whyUnreasonable, String outcomeWanted, Contact contact,
        Support support) {

    static final int SCHEMA_VERSION = 1;
}
