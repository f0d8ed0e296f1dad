package uk.police.complaints.portal.automation;

import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Counts what one client does in fixed windows of time. A client is known only by a hash of its address, and
 * only for as long as a window lasts.
 */
public interface RateCounter {

    /** Counts one more {@code what} for the client, and says whether it is within {@code limit} for the window. */
    Mono<Boolean> countWithin(String what, String client, int limit, Duration window);
}
