package uk.police.complaints.portal.applicant;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.journey.JourneyDefinition;
import uk.police.complaints.portal.journey.KnownFacts;
import uk.police.complaints.portal.journey.Question;
import uk.police.complaints.portal.journey.WrittenAnswers;
import uk.police.complaints.portal.submission.PersonCopy;

/**
 * The copy of what was sent for the person who gave an e-mail address, in the language they chose to be written
 * to in, without the equality answers.
 */
@Component
public class ApplicantCopies {

    private final WrittenAnswers written;
    private final KnownFacts facts;

    ApplicantCopies(WrittenAnswers written, KnownFacts facts) {
        this.written = written;
        this.facts = facts;
    }

    public Optional<PersonCopy> of(JourneyDefinition journey, Answers answers, Language journeyLanguage) {
        if (!answers.all("contact-methods").contains("email") || answers.first("contact-email").isBlank()) {
            return Optional.empty();
        }
        Language writeIn = Language.fromTag(answers.first("correspondence-language")).orElse(journeyLanguage);
        return Optional.of(new PersonCopy(answers.first("contact-email").strip(), writeIn,
                written.of(journey, answers, writeIn, question -> !Question.isEqualityAnswer(question)),
                facts.about(journey, answers, writeIn)));
    }
}
