package uk.police.complaints.portal.complaint;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.journey.JourneyCompletion;
import uk.police.complaints.portal.journey.JourneyDefinition;
import uk.police.complaints.portal.submission.NewSubmission;
import uk.police.complaints.portal.submission.Reference;
import uk.police.complaints.portal.submission.SubmissionStore;

/** Sending a complaint: the typed record and, apart from it, any equality answers, committed before the reference. */
@Component
class ComplaintCompletion implements JourneyCompletion {

    private final SubmissionStore store;
    private final JsonMapper json;

    ComplaintCompletion(SubmissionStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public String journeyId() {
        return ComplaintJourney.ID;
    }

    @Override
    public Mono<String> complete(JourneyDefinition journey, Answers answersOnPath, Language language) {
        return Mono.fromCallable(() -> new NewSubmission(ComplaintJourney.ID, ComplaintRecord.SCHEMA_VERSION, language,
                        ComplaintRecords.destination(answersOnPath), json.writeValueAsString(ComplaintRecords.from(answersOnPath, language)),
                        ComplaintRecords.equality(answersOnPath).map(json::writeValueAsString)))
                .flatMap(store::store)
                .map(Reference::value);
    }
}
