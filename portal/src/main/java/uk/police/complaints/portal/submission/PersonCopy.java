package uk.police.complaints.portal.submission;

import uk.police.complaints.portal.copy.AnswersCopy;

/**
 * A copy of what was sent, for the person who sent it, by e-mail, in the language they asked to be written to in.
 * Equality answers are never in it.
 *
 * @param answers the answers written out in that language, as the PDF copy has them; storing the submission gives
 *         them their reference and the time it was sent
 */
public record PersonCopy(String email, AnswersCopy answers) {

    @Override
    public String toString() {
        return "PersonCopy[" + answers + "]";
    }
}
