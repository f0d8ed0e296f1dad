package uk.police.complaints.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class LanguageResolverTest {

    private final LanguageResolver resolver = new LanguageResolver();

    @Test
    void theQueryParameterWinsOverTheCookieAndTheBrowser() {
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("/?lang=cy")
                .cookie(new HttpCookie("lang", "en"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB"));
        assertThat(resolver.resolve(exchange)).isEqualTo(Language.WELSH);
    }

    @Test
    void theRememberedChoiceWinsOverTheBrowser() {
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("/")
                .cookie(new HttpCookie("lang", "cy"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9"));
        assertThat(resolver.resolve(exchange)).isEqualTo(Language.WELSH);
    }

    @Test
    void aBrowserThatPrefersWelshGetsWelsh() {
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("/")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "cy-GB,cy;q=0.9,en;q=0.5"));
        assertThat(resolver.resolve(exchange)).isEqualTo(Language.WELSH);
    }

    @Test
    void aBrowserThatPrefersAnotherLanguageAndThenWelshGetsWelsh() {
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("/")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,cy;q=0.8"));
        assertThat(resolver.resolve(exchange)).isEqualTo(Language.WELSH);
    }

    @Test
    void withNothingChosenThePageIsInEnglish() {
        assertThat(resolver.resolve(exchange(MockServerHttpRequest.get("/")))).isEqualTo(Language.ENGLISH);
        assertThat(resolver.resolve(exchange(MockServerHttpRequest.get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))))
                .isEqualTo(Language.ENGLISH);
    }

    @Test
    void anAcceptLanguageHeaderThatCannotBeReadIsIgnored() {
        for (String malformed : List.of("en;q=2", "@@@", ";;;", "cy\u202E", "-")) {
            MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("/")
                    .header(HttpHeaders.ACCEPT_LANGUAGE, malformed));
            assertThat(resolver.resolve(exchange)).as(malformed).isEqualTo(Language.ENGLISH);
        }
    }

    @Test
    void anUnknownLanguageInTheQueryIsIgnored() {
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("/?lang=xx").cookie(new HttpCookie("lang", "cy")));
        assertThat(resolver.resolve(exchange)).isEqualTo(Language.WELSH);
    }

    @Test
    void choosingALanguageRemembersItInASafeCookie() {
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("/?lang=cy"));
        new LanguageChoiceFilter(resolver).filter(exchange, filtered -> Mono.empty()).block();

        ResponseCookie cookie = exchange.getResponse().getCookies().getFirst("lang");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("cy");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Lax");
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("cy");
    }

    @Test
    void theCookieIsSecureBehindTls() {
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("https://portal.example/?lang=en"));
        new LanguageChoiceFilter(resolver).filter(exchange, filtered -> Mono.empty()).block();
        assertThat(exchange.getResponse().getCookies().getFirst("lang").isSecure()).isTrue();
    }

    @Test
    void aPageReadWithoutChoosingSetsNoCookie() {
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "cy"));
        new LanguageChoiceFilter(resolver).filter(exchange, filtered -> Mono.empty()).block();
        assertThat(exchange.getResponse().getCookies()).isEmpty();
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("cy");
    }

    private static MockServerWebExchange exchange(MockServerHttpRequest.BaseBuilder<?> request) {
        return MockServerWebExchange.from(request);
    }
}
