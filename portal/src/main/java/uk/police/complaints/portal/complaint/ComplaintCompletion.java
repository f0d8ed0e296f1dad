package uk.police.complaints.portal.complaint;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import uk.police.complaints.portal.applicant.ApplicantCopies;
import uk.police.complaints.portal.applicant.ApplicantRecords;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.journey.JourneyCompletion;
import uk.police.complaints.portal.journey.JourneyDefinition;
import uk.police.complaints.portal.submission.NewSubmission;
import uk.police.complaints.portal.submission.Reference;
import uk.police.complaints.portal.submission.SubmissionStore;

/**
 * Sending a complaint: the typed record, any equality answers apart from it, and a copy e-mailed to the person in
 * the language they chose to be written to in, all committed before the reference is shown.
 */
@Component
class ComplaintCompletion implements JourneyCompletion {

    private final SubmissionStore store;
    private final ApplicantCopies copies;
    private final JsonMapper json;

    ComplaintCompletion(SubmissionStore store, ApplicantCopies copies, JsonMapper json) {
        this.store = store;
        this.copies = copies;
        this.json = json;
    }

    @Override
    public String journeyId() {
        return ComplaintJourney.ID;
    }

    @Override
    public Mono<String> complete(JourneyDefinition journey, Answers answersOnPath, Language language,
            String sendKey) {
        return Mono.fromCallable(() -> new NewSubmission(ComplaintJourney.ID, ComplaintRecord.SCHEMA_VERSION, language,
                        ComplaintRecords.destination(answersOnPath),
                        json.writeValueAsString(ComplaintRecords.from(answersOnPath, language)),
                        ApplicantRecords.equality(answersOnPath).map(json::writeValueAsString),
                        copies.of(journey, answersOnPath, language),
                        NewSubmission.Attachment.allIn(journey, answersOnPath)))
                .flatMap(submission -> store.store(submission, sendKey))
                .map(Reference::value);
    }
}
