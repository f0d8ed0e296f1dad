package uk.police.complaints.portal.journey;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many guarded sends (survey responses) one client may make in a while.
 *
 * @param sendsPerClient the most sends from one address in {@code per}
 */
@ConfigurationProperties("portal.automation")
record AutomationLimits(@DefaultValue("10") int sendsPerClient, @DefaultValue("10m") Duration per) {
}
