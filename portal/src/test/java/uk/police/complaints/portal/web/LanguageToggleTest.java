package uk.police.complaints.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import uk.police.complaints.i18n.Language;

class LanguageToggleTest {

    @Test
    void theToggleKeepsThePathAndQueryAndReplacesTheLanguage() {
        assertThat(LanguageToggle.hrefFor(MockServerHttpRequest.get("/make-a-complaint?page=2&lang=en").build(), Language.WELSH))
                .isEqualTo("/make-a-complaint?page=2&lang=cy");
    }

    @Test
    void theToggleKeepsEncodedCharactersEncoded() {
        assertThat(LanguageToggle.hrefFor(MockServerHttpRequest.method(HttpMethod.GET, URI.create("/search?q=caf%C3%A9%20bach")).build(), Language.ENGLISH))
                .isEqualTo("/search?q=caf%C3%A9%20bach&lang=en");
    }

    @Test
    void theToggleKeepsAQueryAsSentEvenWhereItIsNotStrictlyEncoded() {
        assertThat(LanguageToggle.hrefFor(MockServerHttpRequest.method(HttpMethod.GET, URI.create("/resume?token=YWJj==")).build(), Language.WELSH))
                .isEqualTo("/resume?token=YWJj==&lang=cy");
        assertThat(LanguageToggle.hrefFor(MockServerHttpRequest.method(HttpMethod.GET, URI.create("/cy/ŵ?q=ŷ")).build(), Language.ENGLISH))
                .isEqualTo("/cy/ŵ?q=ŷ&lang=en");
    }
}
