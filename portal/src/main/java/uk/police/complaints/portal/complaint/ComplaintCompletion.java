package uk.police.complaints.portal.complaint;

import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.journey.JourneyCompletion;
import uk.police.complaints.portal.journey.JourneyDefinition;
import uk.police.complaints.portal.journey.WrittenAnswers;
import uk.police.complaints.portal.submission.NewSubmission;
import uk.police.complaints.portal.submission.PersonCopy;
import uk.police.complaints.portal.submission.Reference;
import uk.police.complaints.portal.submission.SubmissionStore;

/**
 * Sending a complaint: the typed record, any equality answers apart from it, and a copy e-mailed to the person in
 * the language they chose to be written to in, all committed before the reference is shown.
 */
@Component
class ComplaintCompletion implements JourneyCompletion {

    private final SubmissionStore store;
    private final WrittenAnswers written;
    private final JsonMapper json;

    ComplaintCompletion(SubmissionStore store, WrittenAnswers written, JsonMapper json) {
        this.store = store;
        this.written = written;
        this.json = json;
    }

    @Override
    public String journeyId() {
        return ComplaintJourney.ID;
    }

    @Override
    public Mono<String> complete(JourneyDefinition journey, Answers answersOnPath, Language language) {
        return Mono.fromCallable(() -> new NewSubmission(ComplaintJourney.ID, ComplaintRecord.SCHEMA_VERSION, language,
                        ComplaintRecords.destination(answersOnPath),
                        json.writeValueAsString(ComplaintRecords.from(answersOnPath, language)),
                        ComplaintRecords.equality(answersOnPath).map(json::writeValueAsString),
                        copy(journey, answersOnPath, language)))
                .flatMap(store::store)
                .map(Reference::value);
    }

    private Optional<PersonCopy> copy(JourneyDefinition journey, Answers answers, Language journeyLanguage) {
        if (!answers.all("contact-methods").contains("email") || answers.first("contact-email").isBlank()) {
            return Optional.empty();
        }
        Language writeIn = Language.fromTag(answers.first("correspondence-language")).orElse(journeyLanguage);
        return Optional.of(new PersonCopy(answers.first("contact-email").strip(), writeIn,
                written.of(journey, answers, writeIn, question -> !question.startsWith("equality-"))));
    }
}
