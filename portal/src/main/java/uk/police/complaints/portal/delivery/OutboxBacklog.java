package uk.police.complaints.portal.delivery;

import java.time.Duration;

/**
 * How much is waiting to be delivered and for how long, and how much is parked as dead: what an operator watches.
 *
 * @param oldestWaiting how long the oldest undelivered entry has waited; zero when none is waiting
 */
record OutboxBacklog(long waiting, long dead, Duration oldestWaiting) {
}
