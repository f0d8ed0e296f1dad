package uk.police.complaints.portal.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * Stands in for a session that exists but cannot be read now (Redis unreachable). Pages that never look inside a
 * session (a guide, the start page) are served as usual; anything that reads or changes it fails with
 * {@link SessionUnreachableException}, which becomes a page asking the person to try again in a minute. Saving it
 * saves nothing, so the session in Redis is never overwritten with nothing.
 */
final class UnreachableSession implements WebSession {

    private final String id;
    private final RuntimeException why;

    UnreachableSession(String id, Throwable why) {
        this.id = id;
        this.why = new SessionUnreachableException(why);
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public Map<String, Object> getAttributes() {
        throw why;
    }

    @Override
    public void start() {
    }

    /** As far as anyone can tell it exists: a person with its cookie is not told their session ended. */
    @Override
    public boolean isStarted() {
        return true;
    }

    @Override
    public Mono<Void> changeSessionId() {
        return Mono.error(why);
    }

    @Override
    public Mono<Void> invalidate() {
        return Mono.error(why);
    }

    @Override
    public Mono<Void> save() {
        return Mono.empty();
    }

    @Override
    public boolean isExpired() {
        return false;
    }

    @Override
    public Instant getCreationTime() {
        return Instant.EPOCH;
    }

    @Override
    public Instant getLastAccessTime() {
        return Instant.now();
    }

    @Override
    public void setMaxIdleTime(Duration maxIdleTime) {
    }

    @Override
    public Duration getMaxIdleTime() {
        return Duration.ZERO;
    }

    /** The session's store could not be reached: for now, not for good. */
    static final class SessionUnreachableException extends DataAccessResourceFailureException {

        SessionUnreachableException(Throwable why) {
            super("the session store could not be reached", why);
        }
    }
}
