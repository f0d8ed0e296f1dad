package uk.police.complaints.portal.automation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the portal allows one client before it asks them to wait, set so that people never meet it: people on a
 * mobile network can share one address with many others, so the limit on posts is generous.
 *
 * @param sendsPerClient the most journeys and surveys sent from one address in {@code per}
 * @param postsPerClient the most form posts of any kind from one address in {@code per}
 * @param per how long a count lasts
 * @param minTimeOnPage the least time between a journey's page being shown and it being sent back; 0 for none
 * @param counter where counts are kept: {@code memory} (this instance) or {@code redis} (shared by instances)
 */
@ConfigurationProperties("portal.automation")
public record AutomationLimits(@DefaultValue("10") int sendsPerClient, @DefaultValue("600") int postsPerClient,
        @DefaultValue("10m") Duration per, @DefaultValue("300ms") Duration minTimeOnPage,
        @DefaultValue("memory") String counter) {

    public long waitMinutes() {
        return Math.max(1, per.toMinutes());
    }
}
