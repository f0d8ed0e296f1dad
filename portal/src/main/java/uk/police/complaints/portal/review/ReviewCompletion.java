package uk.police.complaints.portal.review;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.applicant.ApplicantCopies;
import uk.police.complaints.portal.applicant.ApplicantRecords;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.journey.JourneyCompletion;
import uk.police.complaints.portal.journey.JourneyDefinition;
import uk.police.complaints.portal.reference.PoliceBodies;
import uk.police.complaints.portal.submission.NewSubmission;
import uk.police.complaints.portal.submission.Reference;
import uk.police.complaints.portal.submission.SubmissionStore;

/**
 * Sending an application: the typed record, routed to the body that reviews it, any equality answers apart from
 * it, and a copy e-mailed to the person, all committed before the reference is shown.
 */
@Component
class ReviewCompletion implements JourneyCompletion {

    private final SubmissionStore store;
    private final ApplicantCopies copies;
    private final PoliceBodies policeBodies;
    private final JsonMapper json;
    private final Clock clock;

    ReviewCompletion(SubmissionStore store, ApplicantCopies copies, PoliceBodies policeBodies, JsonMapper json,
            Clock clock) {
        this.store = store;
        this.copies = copies;
        this.policeBodies = policeBodies;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String journeyId() {
        return ReviewJourney.ID;
    }

    @Override
    public Mono<String> complete(JourneyDefinition journey, Answers answersOnPath, Language language,
            String sendKey) {
        return Mono.fromCallable(() -> {
                    ReviewBody body = ReviewBody.from(answersOnPath, policeBodies.find(answersOnPath.first("force")));
                    return new NewSubmission(ReviewJourney.ID, ReviewRecord.SCHEMA_VERSION, language, body.destination(),
                            json.writeValueAsString(ReviewRecords.from(answersOnPath, body, language,
                                    LocalDate.now(clock))),
                            ApplicantRecords.equality(answersOnPath).map(json::writeValueAsString),
                            copies.of(journey, answersOnPath, language),
                            NewSubmission.Attachment.allIn(journey, answersOnPath));
                })
                .flatMap(submission -> store.store(submission, sendKey))
                .map(Reference::value);
    }
}
