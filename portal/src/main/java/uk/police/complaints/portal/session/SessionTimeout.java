package uk.police.complaints.portal.session;

import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How long a session lasts without anything happening, as people are told it, and when they are warned. */
@Component
public class SessionTimeout {

    private final Duration timeout;
    private final Duration warnBefore;

    SessionTimeout(@Value("${server.reactive.session.timeout:30m}") Duration timeout, SessionProperties properties) {
        this.timeout = timeout;
        this.warnBefore = properties.warnBefore().compareTo(timeout) > 0 ? timeout : properties.warnBefore();
    }

    public long minutes() {
        return timeout.toMinutes();
    }

    long seconds() {
        return timeout.toSeconds();
    }

    long warnBeforeSeconds() {
        return warnBefore.toSeconds();
    }

    /** What every page with a form is told of it: the minutes in words, and the times the warning counts from. */
    public Map<String, Object> pageAttributes() {
        return Map.of("sessionMinutes", minutes(), "sessionSeconds", seconds(),
                "sessionWarnBeforeSeconds", warnBeforeSeconds());
    }
}
