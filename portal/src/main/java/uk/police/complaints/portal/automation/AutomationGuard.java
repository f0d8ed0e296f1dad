package uk.police.complaints.portal.journey;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;

/**
 * Keeps robots from filling the back office with survey responses, with nothing in the way of a person: a form
 * field hidden from people (a robot that fills it in is thanked and nothing is sent), and at most a few sends from
 * one client in a while (a person who reaches the limit is told, calmly, when to try again). The limit is kept in
 * this instance's memory; clients are known by address only while they are counted.
 */
@Component
public class AutomationGuard {

    /** The field people never see or fill in. Named like something a form-filling robot completes. */
    public static final String HONEYPOT = "website";

    private final AutomationLimits limits;
    private final Clock clock;
    private final Map<String, Deque<Instant>> sends = new ConcurrentHashMap<>();

    AutomationGuard(AutomationLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    public boolean filledByARobot(MultiValueMap<String, String> form) {
        String honeypot = form.getFirst(HONEYPOT);
        return honeypot != null && !honeypot.isBlank();
    }

    /** Counts a send from this client, unless it has reached the limit: then false, and nothing is counted. */
    public boolean allowsAnotherSend(ServerWebExchange exchange) {
        Instant now = clock.instant();
        Instant since = now.minus(limits.per());
        sends.values().removeIf(times -> times.isEmpty() || times.peekLast().isBefore(since));
        Deque<Instant> times = sends.computeIfAbsent(client(exchange), key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.pollFirst();
            }
            if (times.size() >= limits.sendsPerClient()) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** The page for a client over the limit: how long to wait, and the way back to what they were sending. */
    public String askToWait(ServerWebExchange exchange, Model model, String backHref) {
        exchange.getResponse().setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
        model.addAttribute("minutes", Math.max(1, limits.per().toMinutes()));
        model.addAttribute("backHref", backHref);
        return "journey/too-many";
    }

    private static String client(ServerWebExchange exchange) {
        var address = exchange.getRequest().getRemoteAddress();
        return address == null || address.getAddress() == null ? "unknown" : address.getAddress().getHostAddress();
    }
}
