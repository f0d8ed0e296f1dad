package uk.police.complaints.portal.session;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sessions end.
 *
 * @param warnBefore how long before a session ends the page warns, with JavaScript, and offers more time
 */
@ConfigurationProperties("portal.sessions")
record SessionProperties(@DefaultValue("5m") Duration warnBefore) {
}
