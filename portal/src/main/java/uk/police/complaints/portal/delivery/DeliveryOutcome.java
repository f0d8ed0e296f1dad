package uk.police.complaints.portal.delivery;

import java.time.Duration;
import java.util.Optional;

/** What became of one attempt. The detail is for operators: a status code or an error's name, never content. */
public sealed interface DeliveryOutcome {

    String detail();

    /** The back office has the message (or already had it). */
    record Delivered(String detail) implements DeliveryOutcome {
    }

    /** Worth trying again later; the back office may say how much later. */
    record TryAgain(String detail, Optional<Duration> notBefore) implements DeliveryOutcome {
    }

    /** The back office will never take this message as it is: an operator must look. */
    record Refused(String detail) implements DeliveryOutcome {
    }
}
