package uk.police.complaints.portal.draft;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Answers saved to come back to later.
 *
 * @param keepFor how long a saved draft is kept before it is deleted
 * @param wrongWordsAllowed how many wrong memorable words a code takes before its draft is deleted
 * @param publicAddress where people reach the portal, for the link in the e-mail (never taken from a request's
 *     Host header, which anyone can set)
 */
@ConfigurationProperties("portal.drafts")
record DraftProperties(@DefaultValue("28d") Duration keepFor, @DefaultValue("5") int wrongWordsAllowed,
        @DefaultValue("http://localhost:8080") URI publicAddress) {
}
