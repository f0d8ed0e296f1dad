package uk.police.complaints.portal.copy;

import java.time.Instant;
import org.springframework.stereotype.Component;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.journey.JourneyDefinition;
import uk.police.complaints.portal.journey.KnownFacts;
import uk.police.complaints.portal.journey.Question;
import uk.police.complaints.portal.journey.SentJourney;
import uk.police.complaints.portal.journey.WrittenAnswers;

/**
 * Writes out the copy of a person's answers in a language, from the answers on their path as check answers shows
 * them: every question and answer, with the equality monitoring answers only when the person asks for them.
 */
@Component
public class AnswersCopies {

    private final WrittenAnswers written;
    private final KnownFacts facts;

    AnswersCopies(WrittenAnswers written, KnownFacts facts) {
        this.written = written;
        this.facts = facts;
    }

    /** A copy of what was sent. */
    public AnswersCopy ofSent(JourneyDefinition journey, SentJourney sent, Language language, boolean withEquality) {
        return copy(journey, sent.reference(), sent.sentAt(), sent.answers(), language, withEquality);
    }

    /** A copy of answers not sent yet, to read before sending, made at a time. */
    public AnswersCopy ofUnsent(JourneyDefinition journey, Answers answersOnPath, Language language, Instant madeAt) {
        return copy(journey, null, madeAt, answersOnPath, language, false);
    }

    private AnswersCopy copy(JourneyDefinition journey, String reference, Instant at, Answers answers, Language language,
            boolean withEquality) {
        boolean equality = withEquality && answers.hasEqualityAnswers();
        return new AnswersCopy(journey.id(), language, reference, at,
                written.of(journey, answers, language, question -> equality || !Question.isEqualityAnswer(question)),
                facts.about(journey, answers, language), equality);
    }
}
