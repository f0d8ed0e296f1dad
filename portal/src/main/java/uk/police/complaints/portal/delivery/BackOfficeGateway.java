package uk.police.complaints.portal.delivery;

import reactor.core.publisher.Mono;

/**
 * The port through which messages leave the portal. An adapter sends one delivery and says what became of it;
 * it does not retry (the outbox does) and does not throw for a back office that is down (that is a {@code TryAgain}).
 */
public interface BackOfficeGateway {

    Mono<DeliveryOutcome> send(Delivery delivery);
}
