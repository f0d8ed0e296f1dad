package uk.police.complaints.portal.automation;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Every form post counts towards its client's limit, before anything of it is read. */
@Component
@Order(PostLimitFilter.ORDER)
class PostLimitFilter implements WebFilter {

    /** Before the size limits and security: a client over its limit costs the portal as little as possible. */
    static final int ORDER = -300;

    private final AutomationGuard guard;

    PostLimitFilter(AutomationGuard guard) {
        this.guard = guard;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!HttpMethod.POST.equals(exchange.getRequest().getMethod())) {
            return chain.filter(exchange);
        }
        return guard.countPost(exchange).then(Mono.defer(() -> chain.filter(exchange)));
    }
}
