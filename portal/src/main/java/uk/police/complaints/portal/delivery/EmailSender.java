package uk.police.complaints.portal.delivery;

import reactor.core.publisher.Mono;

/**
 * The port through which the portal writes to the person who sent something: a copy of what they sent. Like the
 * back-office gateway, it sends once and says what became of it; the outbox retries.
 */
public interface EmailSender {

    /** The outbox kind of e-mails to people: the worker sends these through this port. */
    String KIND = "email";

    Mono<DeliveryOutcome> send(Delivery delivery, Email email);
}
