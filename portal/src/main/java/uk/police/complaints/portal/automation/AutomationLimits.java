package uk.police.complaints.portal.automation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the portal allows before it asks someone to wait, set so that people never meet it. People are counted by
 * their session: a robot must keep one to get past CSRF, and each session may send only a few journeys and post
 * no more forms than a person could. An address has a much higher ceiling, the backstop for a robot that makes
 * session after session, because many people share one: a mobile network puts thousands of phones behind a few
 * addresses, and a school or an advocacy office sends many complaints from one.
 *
 * @param sendsPerClient the most journeys and surveys sent from one address in {@code per}
 * @param postsPerClient the most form posts of any kind from one address in {@code per}
 * @param sendsPerSession the most journeys and surveys one session sends in {@code per}
 * @param postsPerSession the most form posts one session makes in {@code per}
 * @param per how long a count lasts
 * @param minTimeOnPage the least time between a journey's page being shown and it being sent back; 0 for none
 * @param counter where counts per address are kept: {@code memory} (this instance) or {@code redis} (shared by
 *     instances); counts per session are kept in the session
 */
@ConfigurationProperties("portal.automation")
public record AutomationLimits(@DefaultValue("300") int sendsPerClient, @DefaultValue("20000") int postsPerClient,
        @DefaultValue("5") int sendsPerSession, @DefaultValue("600") int postsPerSession,
        @DefaultValue("10m") Duration per, @DefaultValue("300ms") Duration minTimeOnPage,
        @DefaultValue("memory") String counter) {

    public long waitMinutes() {
        return Math.max(1, per.toMinutes());
    }
}
