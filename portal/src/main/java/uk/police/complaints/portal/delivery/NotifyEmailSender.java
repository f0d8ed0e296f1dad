package uk.police.complaints.portal.delivery;

import java.util.Map;
import java.util.Optional;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * Production: GOV.UK Notify. The words are the portal's own, in the person's language (so they go through the same
 * Welsh review as every page); the Notify template only places them: subject {@code ((subject))}, body
 * {@code ((body))}. Notify's 400 and 403 mean the e-mail can never go as it is; 429 and 5xx mean try again.
 */
class NotifyEmailSender implements EmailSender {

    private final NotificationClient notify;
    private final String templateId;

    NotifyEmailSender(NotificationClient notify, String templateId) {
        this.notify = notify;
        this.templateId = templateId;
    }

    @Override
    public Mono<DeliveryOutcome> send(Delivery delivery, Email email) {
        return Mono.fromCallable(() -> post(email)).subscribeOn(Schedulers.boundedElastic());
    }

    private DeliveryOutcome post(Email email) {
        try {
            notify.sendEmail(templateId, email.to(), Map.of("subject", email.subject(), "body", email.body()),
                    email.reference());
            return new DeliveryOutcome.Delivered("Notify accepted");
        } catch (NotificationClientException e) {
            // Only the status: Notify's error text can quote the address it was given.
            int status = e.getHttpResult();
            String detail = "Notify HTTP " + status;
            return status == 400 || status == 403 ? new DeliveryOutcome.Refused(detail)
                    : new DeliveryOutcome.TryAgain(detail, Optional.empty());
        }
    }
}
