package uk.police.complaints.portal.session;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Whatever a request does once it has its session goes on on one of Reactor's parallel threads (one per core).
 * With sessions in Redis, Lettuce hands each reply to the code waiting for it on its connection's one I/O thread, so
 * the rest of every request, its page's rendering included, ran on that single thread: under load 88% of the
 * portal's CPU samples were on it. Lettuce's own option for this (publishOnScheduler) left the portal answering
 * nothing after a few minutes of load, so the hand-over is done here, where Reactor's schedulers do it.
 */
@Component
class SessionHandedToParallelThreads implements WebFilter, Ordered {

    /** Before every filter that reads the session (the ended-session check, Spring Security's CSRF check). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return chain.filter(new ServerWebExchangeDecorator(exchange) {
            @Override
            public Mono<WebSession> getSession() {
                return super.getSession().publishOn(Schedulers.parallel());
            }
        });
    }
}
