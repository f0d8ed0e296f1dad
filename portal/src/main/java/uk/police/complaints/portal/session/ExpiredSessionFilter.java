package uk.police.complaints.portal.session;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import uk.police.complaints.portal.journey.JourneyDefinition;
import uk.police.complaints.portal.journey.Journeys;

/**
 * A person whose session has ended (the browser still sends its cookie, but the portal no longer has the session)
 * and who opens or sends a page inside a journey lands on a page that says what happened and how to start again:
 * never on a refused-request error, and never silently back at the start.
 */
@Component
class ExpiredSessionFilter implements WebFilter, Ordered {

    static final String SESSION_COOKIE = "SESSION";

    private final Journeys journeys;

    ExpiredSessionFilter(Journeys journeys) {
        this.journeys = journeys;
    }

    /** Before Spring Security, whose CSRF check would otherwise refuse the form of an ended session. */
    @Override
    public int getOrder() {
        return -200;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String[] path = request.getPath().value().split("/");
        if (path.length != 3 || !request.getCookies().containsKey(SESSION_COOKIE)) {
            return chain.filter(exchange);
        }
        return journeys.find(path[1])
                .filter(journey -> !journey.start().slug().equals(path[2]))
                .map(journey -> exchange.getSession().flatMap(session -> session.isStarted()
                        ? chain.filter(exchange)
                        : sendToSessionEnded(exchange, journey)))
                .orElseGet(() -> chain.filter(exchange));
    }

    private static Mono<Void> sendToSessionEnded(ServerWebExchange exchange, JourneyDefinition journey) {
        URI ended = UriComponentsBuilder.fromPath(SessionEndedController.PATH).queryParam("journey", journey.id())
                .build().toUri();
        exchange.getResponse().setStatusCode(HttpStatus.SEE_OTHER);
        exchange.getResponse().getHeaders().setLocation(ended);
        return exchange.getResponse().setComplete();
    }
}
