package uk.police.complaints.portal.delivery;

import uk.police.complaints.portal.copy.AnswersCopy;

/**
 * An e-mail to a person, written in full in their language before it rests (sealed) in the outbox.
 *
 * @param reference the reference of what they sent, which Notify keeps with the e-mail
 * @param copy the copy of their answers, made into a PDF only as the e-mail is sent; null for an e-mail without
 */
public record Email(String to, String language, String reference, String subject, String body, AnswersCopy copy) {

    @Override
    public String toString() {
        return "Email[" + language + ", " + reference + "]";
    }
}
