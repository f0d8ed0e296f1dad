package uk.police.complaints.portal.session;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How long a session lasts without anything happening, as people are told it. */
@Component
public class SessionTimeout {

    private final Duration timeout;

    SessionTimeout(@Value("${server.reactive.session.timeout:30m}") Duration timeout) {
        this.timeout = timeout;
    }

    public long minutes() {
        return timeout.toMinutes();
    }
}
