package uk.police.complaints.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import uk.police.complaints.i18n.Language;

/**
 * For any address a request can have, the language toggle leads to the same path (runs of slashes written once, so
 * it never leads off the site) with the same query, except for exactly one {@code lang}, naming the language; and
 * the toggle of that page leads to the same place again.
 */
class LanguageToggleFuzzTest {

    /** Input: the request's target (path and query) as sent, in UTF-8. */
    @FuzzTest(maxDuration = "2m")
    void theToggleKeepsThePathAndQueryAndNamesOnlyTheOtherLanguage(byte[] input) {
        String target = new String(input, StandardCharsets.UTF_8);
        URI address;
        try {
            address = new URI("http://localhost" + (target.startsWith("/") ? "" : "/") + target);
        } catch (URISyntaxException notAnAddress) {
            // The server refuses such a request line before the portal sees it.
            return;
        }
        ServerHttpRequest request = MockServerHttpRequest.method(HttpMethod.GET, address).build();

        for (Language language : Language.values()) {
            String href = LanguageToggle.hrefFor(request, language);

            UriComponents toggled = UriComponentsBuilder.fromUriString(href).build();
            assertThat(toggled.getScheme()).isNull();
            assertThat(toggled.getHost()).isNull();
            assertThat(toggled.getPath()).isEqualTo(request.getPath().value().replaceAll("/{2,}", "/"));
            assertThat(toggled.getQueryParams().get("lang")).containsExactly(language.tag());
            assertThat(withoutLang(toggled.getQueryParams()))
                    .isEqualTo(withoutLang(UriComponentsBuilder.fromUri(address).build().getQueryParams()));

            ServerHttpRequest followed = MockServerHttpRequest.method(HttpMethod.GET,
                    URI.create("http://localhost" + href)).build();
            assertThat(LanguageToggle.hrefFor(followed, language)).isEqualTo(href);
        }
    }

    private static Map<String, List<String>> withoutLang(MultiValueMap<String, String> query) {
        Map<String, List<String>> rest = new LinkedHashMap<>(query);
        rest.remove("lang");
        return rest;
    }
}
