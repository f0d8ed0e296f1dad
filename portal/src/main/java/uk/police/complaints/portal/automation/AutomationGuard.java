package uk.police.complaints.portal.automation;

import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;
import uk.police.complaints.portal.Sha256;

/**
 * Keeps robots from filling the back office, with nothing in the way of a person (no CAPTCHA): a form field
 * hidden from people (a robot that fills it in is thanked and nothing is sent), a least time between a page being
 * shown and sent that people never meet, and at most a few sends from one session in a while (a person who
 * reaches the limit is told, calmly and in their language, when to try again). See {@link AutomationLimits} for
 * why sessions are counted more closely than addresses.
 */
@Component
public class AutomationGuard {

    /** The field people never see or fill in. Named like something a form-filling robot completes. */
    public static final String HONEYPOT = "website";
    private static final String SHOWN = "portal.automation.shown.";
    private static final String COUNT = "portal.automation.count.";

    private final AutomationLimits limits;
    private final RateCounter counter;
    private final Clock clock;

    public AutomationGuard(AutomationLimits limits, RateCounter counter, Clock clock) {
        this.limits = limits;
        this.counter = counter;
        this.clock = clock;
    }

    public boolean filledByARobot(MultiValueMap<String, String> form) {
        String honeypot = form.getFirst(HONEYPOT);
        return honeypot != null && !honeypot.isBlank();
    }

    /** Counts a send from this client; over the limit, fails with 429, which the error page explains. */
    public Mono<Void> countSend(ServerWebExchange exchange) {
        return count("sends", limits.sendsPerSession(), limits.sendsPerClient(), exchange);
    }

    Mono<Void> countPost(ServerWebExchange exchange) {
        return count("posts", limits.postsPerSession(), limits.postsPerClient(), exchange);
    }

    /** Notes when a page of the journey was shown, for {@link #sentTooSoon}. */
    public void pageShown(WebSession session, String journeyId) {
        session.getAttributes().put(SHOWN + journeyId, clock.millis());
    }

    /**
     * Whether a page came back sooner after a page of its journey was shown than a person could read and answer
     * it, or without any page of the journey having been shown in this session at all.
     */
    public boolean sentTooSoon(WebSession session, String journeyId) {
        if (limits.minTimeOnPage().isZero()) {
            return false;
        }
        Long shown = session.getAttribute(SHOWN + journeyId);
        return shown == null || clock.millis() - shown < limits.minTimeOnPage().toMillis();
    }

    /** Within the session's limit first (kept in the session itself), then the address's much higher ceiling. */
    private Mono<Void> count(String what, int perSession, int perAddress, ServerWebExchange exchange) {
        return exchange.getSession()
                .flatMap(session -> countWithin(session, what, perSession)
                        ? counter.countWithin(what, client(exchange), perAddress, limits.per())
                        : Mono.just(false))
                .flatMap(within -> within ? Mono.empty()
                        : Mono.error(new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS)));
    }

    /**
     * The session's count for this window, as "window:count", so an old window's count is simply replaced. A post
     * with no session yet is not counted here: counting would start one, and a session ended is told so (see
     * ExpiredSessionFilter), not given a new one; without a session CSRF refuses the post anyway.
     */
    private boolean countWithin(WebSession session, String what, int limit) {
        if (!session.isStarted()) {
            return true;
        }
        String window = Long.toString(clock.millis() / limits.per().toMillis());
        String kept = session.getAttribute(COUNT + what);
        long count = 1 + (kept != null && kept.startsWith(window + ":")
                ? Long.parseLong(kept.substring(window.length() + 1)) : 0);
        session.getAttributes().put(COUNT + what, window + ":" + count);
        return count <= limit;
    }

    /** A hash of the address, which behind the proxy is the client's own (forwarded headers are trusted there). */
    private static String client(ServerWebExchange exchange) {
        var address = exchange.getRequest().getRemoteAddress();
        String host = address == null || address.getAddress() == null ? "unknown" : address.getAddress().getHostAddress();
        return Sha256.hex(host).substring(0, 32);
    }
}
