package uk.police.complaints.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * Whatever a request says about language, in {@code ?lang=}, the {@code lang} cookie or Accept-Language, the page
 * is in English or Welsh: an explicit choice wins and is remembered, then the cookie, then the browser's
 * preference; nothing else is remembered, and nothing a request says makes choosing fail.
 */
class LanguageResolverFuzzTest {

    private final LanguageResolver resolver = new LanguageResolver();
    private final LanguageChoiceFilter filter = new LanguageChoiceFilter(resolver);

    /** Input: the {@code lang} parameter, the {@code lang} cookie and Accept-Language, one a line, in UTF-8. */
    @FuzzTest(maxDuration = "2m")
    void everyRequestGetsEnglishOrWelshAndOnlyAChoiceIsRemembered(byte[] input) {
        List<String> lines = List.of(new String(input, StandardCharsets.UTF_8).split("\n", 3));
        String parameter = line(lines, 0);
        String cookie = line(lines, 1);
        String acceptLanguage = line(lines, 2);
        URI address = UriComponentsBuilder.fromPath("/start").queryParam(LanguageResolver.PARAMETER, "{value}")
                .encode().buildAndExpand(parameter).toUri();
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.method(HttpMethod.GET, address)
                        .cookie(new HttpCookie(LanguageResolver.COOKIE, cookie))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage));

        Language resolved = resolver.resolve(exchange);
        filter.filter(exchange, served -> Mono.empty()).block();

        Optional<Language> chosen = named(parameter);
        assertThat(resolver.requested(exchange)).isEqualTo(chosen);
        assertThat(resolved).isEqualTo(chosen.or(() -> named(cookie)).orElse(resolved));
        assertThat(resolved.tag()).isIn("en", "cy");
        assertThat(exchange.getResponse().getHeaders().get(HttpHeaders.CONTENT_LANGUAGE))
                .containsExactly(resolved.tag());
        List<ResponseCookie> remembered = exchange.getResponse().getCookies()
                .getOrDefault(LanguageResolver.COOKIE, List.of());
        assertThat(remembered).map(ResponseCookie::getValue)
                .isEqualTo(chosen.map(language -> List.of(language.tag())).orElse(List.of()));
    }

    private static Optional<Language> named(String tag) {
        return "en".equalsIgnoreCase(tag) ? Optional.of(Language.ENGLISH)
                : "cy".equalsIgnoreCase(tag) ? Optional.of(Language.WELSH) : Optional.empty();
    }

    private static String line(List<String> lines, int index) {
        return index < lines.size() ? lines.get(index) : "";
    }
}
