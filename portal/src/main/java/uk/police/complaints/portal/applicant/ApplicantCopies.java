package uk.police.complaints.portal.applicant;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.copy.AnswersCopies;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.journey.JourneyDefinition;
import uk.police.complaints.portal.submission.PersonCopy;

/**
 * The copy of what was sent for the person who gave an e-mail address, in the language they chose to be written
 * to in, without the equality answers: the same copy as the one to download.
 */
@Component
public class ApplicantCopies {

    private final AnswersCopies copies;
    private final Clock clock;

    ApplicantCopies(AnswersCopies copies, Clock clock) {
        this.copies = copies;
        this.clock = clock;
    }

    public Optional<PersonCopy> of(JourneyDefinition journey, Answers answers, Language journeyLanguage) {
        if (!answers.all("contact-methods").contains("email") || answers.first("contact-email").isBlank()) {
            return Optional.empty();
        }
        Language writeIn = Language.fromTag(answers.first("correspondence-language")).orElse(journeyLanguage);
        return Optional.of(new PersonCopy(answers.first("contact-email").strip(),
                copies.ofUnsent(journey, answers, writeIn, clock.instant())));
    }
}
