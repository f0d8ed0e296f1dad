package uk.police.complaints.portal.review;

import static uk.police.complaints.portal.applicant.ApplicantRecords.text;

import java.time.LocalDate;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.applicant.ApplicantRecords;
import uk.police.complaints.portal.applicant.ApplicantRecords.Representative;
import uk.police.complaints.portal.journey.Answers;

/** Turns the answers on a complete path into the typed review record, keeping every word as typed. */
final class ReviewRecords {

    private ReviewRecords() {
    }

    static ReviewRecord from(Answers answers, ReviewBody body, Language journeyLanguage, LocalDate received) {
        Representative representative = ApplicantRecords.representative(answers, "who-is-applying");
        LocalDate letterDate = answers.date("letter-date")
                .orElseThrow(() -> new IllegalStateException("a complete review path has the letter's date"));
        return new ReviewRecord(ReviewRecord.SCHEMA_VERSION,
                "yes".equals(answers.first("recorded-before-2020")) ? "appeal" : "review",
                journeyLanguage.tag(), text(answers, "correspondence-language"), answers.first("who-is-applying"),
                representative, body.code(), text(answers, "review-body"), body.name(Language.ENGLISH).orElse(null),
                text(answers, "force"), letterDate, ReviewTimeLimit.deadline(letterDate),
                ReviewTimeLimit.isLate(letterDate, received), text(answers, "why-late"),
                text(answers, "complaint-reference"), text(answers, "why-unreasonable"), text(answers, "outcome-wanted"),
                ApplicantRecords.contact(answers, representative), ApplicantRecords.support(answers));
    }
}
