package uk.police.complaints.i18n;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * Chooses the page's language: an explicit {@code ?lang=cy|en}, else the remembered choice in the
 * {@code lang} cookie, else the browser's Accept-Language, else English. The cookie is used because a
 * {@link LocaleContextResolver} is synchronous and cannot read the WebSession.
 */
public final class LanguageResolver implements LocaleContextResolver {

    public static final String PARAMETER = "lang";
    public static final String COOKIE = "lang";
    private static final Duration REMEMBERED_FOR = Duration.ofDays(365);
    private static final List<Locale> SUPPORTED = List.of(Language.ENGLISH.locale(), Language.WELSH.locale());

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        return new SimpleLocaleContext(resolve(exchange).locale());
    }

    public Language resolve(ServerWebExchange exchange) {
        return requested(exchange)
                .or(() -> remembered(exchange))
                .or(() -> preferred(exchange))
                .orElse(Language.ENGLISH);
    }

    /** The language named in the query string, if it names one the portal speaks. */
    public Optional<Language> requested(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getRequest().getQueryParams().getFirst(PARAMETER)).flatMap(Language::fromTag);
    }

    @Override
    public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
        Language language = Language.of(localeContext == null ? null : localeContext.getLocale());
        exchange.getResponse().addCookie(ResponseCookie.from(COOKIE, language.tag())
                .path("/")
                .maxAge(REMEMBERED_FOR)
                .httpOnly(true)
                .sameSite("Lax")
                .secure("https".equals(exchange.getRequest().getURI().getScheme()))
                .build());
    }

    private Optional<Language> remembered(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getRequest().getCookies().getFirst(COOKIE))
                .map(HttpCookie::getValue)
                .flatMap(Language::fromTag);
    }

    private Optional<Language> preferred(ServerWebExchange exchange) {
        List<Locale.LanguageRange> ranges;
        try {
            ranges = exchange.getRequest().getHeaders().getAcceptLanguage();
        } catch (RuntimeException malformed) {
            // Any client can send a header that cannot be read, and reading it throws more than one kind of
            // exception (IllegalArgumentException for "en;q=2", ArrayIndexOutOfBoundsException for "-"): such a
            // header says nothing we can use.
            return Optional.empty();
        }
        if (ranges.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(Locale.lookup(ranges, SUPPORTED)).map(Language::of);
    }
}
