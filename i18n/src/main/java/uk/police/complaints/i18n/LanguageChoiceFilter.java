package uk.police.complaints.i18n;

import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Remembers a language chosen with {@code ?lang=} and labels every response with its language. Pages vary
 * by the cookie and Accept-Language, so shared caches must not serve one language's page for the other.
 */
public final class LanguageChoiceFilter implements WebFilter {

    private final LanguageResolver resolver;

    public LanguageChoiceFilter(LanguageResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        resolver.requested(exchange).ifPresent(chosen ->
                resolver.setLocaleContext(exchange, new SimpleLocaleContext(chosen.locale())));
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set(HttpHeaders.CONTENT_LANGUAGE, resolver.resolve(exchange).tag());
        headers.add(HttpHeaders.VARY, HttpHeaders.COOKIE);
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        return chain.filter(exchange);
    }
}
