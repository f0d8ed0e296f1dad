package uk.police.complaints.portal.outage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.security.web.server.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import uk.police.complaints.i18n.LanguageResolver;
import uk.police.complaints.portal.journey.QuestionPageView;
import uk.police.complaints.portal.journey.UnsavedAnswerPages;
import uk.police.complaints.portal.session.SessionTimeout;
import uk.police.complaints.portal.web.LayoutAttributes;

/**
 * What a person sees when a store the portal needs is unreachable (see {@link StoreOutages}): at once, with 503
 * and Retry-After, never a server error. A journey page they had just answered is drawn again with everything they
 * typed and a notice to send it again in a minute; any other page says their answers are kept and offers to try
 * again (Spring Boot's error page for a 503). Before Spring Boot's error pages, which get every other failure.
 */
@Component
@Order(-2)
class OutagePages implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(OutagePages.class);
    private static final String CSRF_PARAMETER = "_csrf";
    private static final String CSRF_HEADER = "X-CSRF-TOKEN";
    private static final String RETRY_AFTER_SECONDS = Long.toString(Duration.ofMinutes(1).toSeconds());
    /** One line per outage is enough for an operator; one per request would flood the log in a surge. */
    private static final Duration LOG_AT_MOST_EVERY = Duration.ofSeconds(30);

    private final UnsavedAnswerPages pages;
    private final LayoutAttributes layout;
    private final SessionTimeout session;
    private final LanguageResolver languages;
    private final ServerResponse.Context rendering;
    private final Clock clock;
    private final AtomicReference<Instant> lastLogged = new AtomicReference<>(Instant.MIN);

    OutagePages(UnsavedAnswerPages pages, LayoutAttributes layout, SessionTimeout session, LanguageResolver languages,
            ServerCodecConfigurer codecs, List<ViewResolver> viewResolvers, Clock clock) {
        this.pages = pages;
        this.layout = layout;
        this.session = session;
        this.languages = languages;
        this.clock = clock;
        this.rendering = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return codecs.getWriters();
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return viewResolvers;
            }
        };
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (!StoreOutages.isOutage(failure) || exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        note(failure);
        // Every other page is Boot's error page for a 503, which ErrorPageAttributes words as "try again".
        Mono<Void> sorry = Mono.defer(() -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            return Mono.error(new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, null, failure));
        });
        if (!HttpMethod.POST.equals(exchange.getRequest().getMethod())) {
            return sorry;
        }
        return exchange.getFormData().flatMap(form -> typedAgain(exchange, form).orElse(sorry));
    }

    /** The question page drawn again, where the post was an ordinary form of one with its CSRF token. */
    private Optional<Mono<Void>> typedAgain(ServerWebExchange exchange, MultiValueMap<String, String> form) {
        String token = form.getFirst(CSRF_PARAMETER);
        boolean changing = "true".equals(exchange.getRequest().getQueryParams().getFirst("change"));
        return pages.of(address(exchange), form, changing, languages.resolve(exchange))
                .filter(view -> token != null)
                .map(view -> render(exchange, UnsavedAnswerPages.VIEW, questionModel(exchange, view, token)));
    }

    private Mono<Void> render(ServerWebExchange exchange, String view, Map<String, Object> model) {
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.TEXT_HTML)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .render(view, model)
                .flatMap(response -> response.writeTo(exchange, rendering));
    }

    /**
     * The question page's model, as its controller and the model advice would give it. The form keeps the token
     * the person's page was given: it is checked against their session once the session can be read again.
     */
    private Map<String, Object> questionModel(ServerWebExchange exchange, QuestionPageView view, String token) {
        Map<String, Object> model = new HashMap<>(layout.of(exchange));
        model.putAll(session.pageAttributes());
        model.put("view", view);
        model.put("unsaved", true);
        model.put("csrf", new DefaultCsrfToken(CSRF_HEADER, CSRF_PARAMETER, token));
        return model;
    }

    private static String address(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().pathWithinApplication().value();
    }

    private void note(Throwable failure) {
        if (log.isDebugEnabled()) {
            log.debug("A store is unreachable: {}", kinds(failure));
        }
        Instant now = clock.instant();
        Instant last = lastLogged.get();
        if (Duration.between(last, now).compareTo(LOG_AT_MOST_EVERY) >= 0 && lastLogged.compareAndSet(last, now)) {
            // The failure's kind only: its message could carry what was being stored.
            log.warn("A store is unreachable ({}); people are asked to try again in a minute", kinds(failure));
        }
    }

    /** The failure's kinds, cause by cause: never a message, which could carry what was being stored. */
    private static String kinds(Throwable failure) {
        StringBuilder kinds = new StringBuilder(failure.getClass().getName());
        Throwable cause = failure.getCause();
        for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
            kinds.append(" < ").append(cause.getClass().getName());
        }
        return kinds.toString();
    }
}
