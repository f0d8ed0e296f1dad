package uk.police.complaints.portal.copy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.journey.WrittenAnswers.WrittenAnswer;

/**
 * What a copy of a person's answers says, all in one language, as check answers words it: made on request for a
 * download, or carried (sealed) with the confirmation e-mail until it is sent. Never kept once made.
 *
 * @param reference the reference of what was sent; null for answers not sent yet, copied from check answers
 * @param at when it was sent, or when the copy of answers not sent yet was made
 * @param facts what the journey worked out, in that language, for its words: who it was sent to, a deadline
 * @param withEquality whether the person asked for their equality monitoring answers to be in it
 */
public record AnswersCopy(String journeyId, Language language, String reference, Instant at, List<WrittenAnswer> answers,
        Map<String, Object> facts, boolean withEquality) {

    public AnswersCopy {
        answers = List.copyOf(answers);
        facts = Map.copyOf(facts);
    }

    /** The same copy, of answers now sent with this reference at this time. */
    public AnswersCopy sentAs(String sentReference, Instant sentAt) {
        return new AnswersCopy(journeyId, language, sentReference, sentAt, answers, facts, withEquality);
    }

    public boolean sent() {
        return reference != null;
    }

    @Override
    public String toString() {
        return "AnswersCopy[" + journeyId + ", " + language.tag() + ", " + answers.size() + " answers]";
    }
}
