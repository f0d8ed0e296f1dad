package uk.police.complaints.portal.delivery;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Sends each outbox entry the way its kind goes: e-mails to people through the e-mail port, the rest to the back office. */
class OutboxSenders {

    private final BackOfficeGateway backOffice;
    private final EmailSender email;
    private final JsonMapper json;

    OutboxSenders(BackOfficeGateway backOffice, EmailSender email, JsonMapper json) {
        this.backOffice = backOffice;
        this.email = email;
        this.json = json;
    }

    Mono<DeliveryOutcome> send(Delivery delivery) {
        if (EmailSender.KIND.equals(delivery.kind())) {
            return Mono.fromCallable(() -> json.readValue(delivery.body(), Email.class))
                    .flatMap(message -> email.send(delivery, message));
        }
        return backOffice.send(delivery);
    }
}
