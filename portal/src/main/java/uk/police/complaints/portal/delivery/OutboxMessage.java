package uk.police.complaints.portal.delivery;

/**
 * A message to put in the outbox with the submission it comes from.
 *
 * @param idempotencyKey the key the back office sees on every attempt: the reference, or an id where there is none
 * @param reference the submission's reference; none for equality answers, which must not be linked to a person
 * @param kind what the message is: {@code complaint}, {@code review}, {@code feedback}, {@code equality-monitoring}
 * @param destination who receives it: a force's code, {@code iopc}, a local policing body, {@code feedback}
 * @param body the JSON to send
 */
public record OutboxMessage(String idempotencyKey, String reference, String kind, String destination, String body) {

    @Override
    public String toString() {
        return "OutboxMessage[" + kind + " to " + destination + "]";
    }
}
