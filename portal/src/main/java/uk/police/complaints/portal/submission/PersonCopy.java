package uk.police.complaints.portal.submission;

import java.util.List;
import java.util.Map;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.journey.WrittenAnswers.WrittenAnswer;

/**
 * A copy of what was sent, for the person who sent it, by e-mail, in the language they asked to be written to in.
 * Equality answers are never in it.
 *
 * @param facts what the journey worked out, in that language, for the e-mail's words (such as who reviews it)
 */
public record PersonCopy(String email, Language language, List<WrittenAnswer> answers, Map<String, Object> facts) {

    public PersonCopy {
        answers = List.copyOf(answers);
        facts = Map.copyOf(facts);
    }

    @Override
    public String toString() {
        return "PersonCopy[" + language.tag() + ", " + answers.size() + " answers]";
    }
}
