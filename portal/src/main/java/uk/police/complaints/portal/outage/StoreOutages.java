package uk.police.complaints.portal.outage;

import io.lettuce.core.RedisException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientException;
import java.net.ConnectException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Whether a failure is a store the portal needs (Redis for sessions, the database) being unreachable or too slow
 * for now, rather than a fault in the portal: such a request is answered with a page asking the person to try
 * again in a minute, never with a server error.
 */
final class StoreOutages {

    private StoreOutages() {
    }

    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
                    || cause instanceof RedisException || cause instanceof R2dbcTransientException
                    || cause instanceof R2dbcNonTransientResourceException || cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
