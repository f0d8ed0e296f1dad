package uk.police.complaints.portal.delivery;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.service.notify.RetentionPeriodDuration;
import uk.police.complaints.portal.copy.PdfCopies;

/**
 * Production: GOV.UK Notify. The words are the portal's own, in the person's language (so they go through the same
 * Welsh review as every page); the Notify template only places them: subject {@code ((subject))}, body
 * {@code ((body))}, then {@code ((copy))}, the link to the copy of the answers as a PDF, sent with Notify's file
 * sending (the person confirms their address before it opens), or nothing. Notify's 400 and 403 mean the e-mail
 * can never go as it is; 429 and 5xx mean try again.
 */
class NotifyEmailSender implements EmailSender {

    /** Notify keeps a copy this long, then its link stops working; the e-mail says so. */
    private static final RetentionPeriodDuration COPY_KEPT_FOR = new RetentionPeriodDuration(4, ChronoUnit.WEEKS);

    private final NotificationClient notify;
    private final String templateId;
    private final PdfCopies pdfs;

    NotifyEmailSender(NotificationClient notify, String templateId, PdfCopies pdfs) {
        this.notify = notify;
        this.templateId = templateId;
        this.pdfs = pdfs;
    }

    @Override
    public Mono<DeliveryOutcome> send(Delivery delivery, Email email) {
        return Mono.fromCallable(() -> post(email)).subscribeOn(Schedulers.boundedElastic());
    }

    private DeliveryOutcome post(Email email) {
        try {
            Object copy = email.copy() == null ? ""
                    : NotificationClient.prepareUpload(pdfs.pdf(email.copy()), pdfs.fileName(email.copy()), true,
                            COPY_KEPT_FOR);
            notify.sendEmail(templateId, email.to(), Map.of("subject", email.subject(), "body", email.body(),
                    "copy", copy), email.reference());
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
