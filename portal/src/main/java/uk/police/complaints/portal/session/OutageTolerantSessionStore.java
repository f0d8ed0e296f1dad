package uk.police.complaints.portal.session;

import io.lettuce.core.RedisException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.WebSessionStore;
import reactor.core.publisher.Mono;

/**
 * The session store, except that a session that cannot be fetched because the store is unreachable is an
 * {@link UnreachableSession} instead of a failure of the whole request: Thymeleaf fetches the session for every
 * page it draws, so otherwise a person with a session cookie could not even read a guide while Redis is down.
 */
final class OutageTolerantSessionStore implements WebSessionStore {

    private final WebSessionStore store;

    OutageTolerantSessionStore(WebSessionStore store) {
        this.store = store;
    }

    @Override
    public Mono<WebSession> createWebSession() {
        return store.createWebSession();
    }

    @Override
    public Mono<WebSession> retrieveSession(String sessionId) {
        return store.retrieveSession(sessionId).onErrorResume(OutageTolerantSessionStore::unreachable,
                why -> Mono.just(new UnreachableSession(sessionId, why)));
    }

    @Override
    public Mono<Void> removeSession(String sessionId) {
        return store.removeSession(sessionId);
    }

    @Override
    public Mono<WebSession> updateLastAccessTime(WebSession session) {
        if (session instanceof UnreachableSession) {
            return Mono.just(session);
        }
        return store.updateLastAccessTime(session);
    }

    /** Lettuce's own failures reach here untranslated from Spring Session's repository. */
    private static boolean unreachable(Throwable failure) {
        return failure instanceof DataAccessResourceFailureException || failure instanceof TransientDataAccessException
                || failure instanceof RedisException;
    }
}
