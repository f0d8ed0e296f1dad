package uk.police.complaints.portal.delivery;

/**
 * One message on its way, as an adapter sends it: the body is the exact JSON the back office receives, the same
 * bytes on every attempt, and the idempotency key lets the back office recognise a message it already has.
 */
public record Delivery(String outboxId, String idempotencyKey, String kind, String destination, String body,
        int attempt) {

    @Override
    public String toString() {
        // Never the body: it holds what a person wrote, and a record's toString ends up in logs.
        return "Delivery[" + outboxId + ", " + kind + " to " + destination + ", attempt " + attempt + "]";
    }
}
