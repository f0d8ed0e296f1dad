package uk.police.complaints.portal.journey;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Only pages with a form ask for a CSRF token: asking stores it in the session, and people who only read pages
 * get no session. It is resolved before rendering because a Mono left in the model is not resolved for Thymeleaf.
 */
public final class CsrfTokens {

    private CsrfTokens() {
    }

    public static Mono<String> withToken(ServerWebExchange exchange, Model model, String view) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        if (token == null) {
            return Mono.error(new IllegalStateException("no CSRF token for a page with a form"));
        }
        return token.doOnNext(resolved -> model.addAttribute("csrf", resolved)).thenReturn(view);
    }
}
