package uk.police.complaints.portal.delivery;

/**
 * An e-mail to a person, written in full in their language before it rests (sealed) in the outbox.
 *
 * @param reference the reference of what they sent, which Notify keeps with the e-mail
 */
public record Email(String to, String language, String reference, String subject, String body) {

    @Override
    public String toString() {
        return "Email[" + language + ", " + reference + "]";
    }
}
