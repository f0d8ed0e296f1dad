package uk.police.complaints.portal.session;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sessions end.
 *
 * @param warnBefore how long before a session ends the page warns, with JavaScript, and offers more time
 * @param reconnectAtMost the longest wait between attempts to reconnect to Redis, where sessions are kept there
 */
@ConfigurationProperties("portal.sessions")
record SessionProperties(@DefaultValue("5m") Duration warnBefore, @DefaultValue("1s") Duration reconnectAtMost) {
}
