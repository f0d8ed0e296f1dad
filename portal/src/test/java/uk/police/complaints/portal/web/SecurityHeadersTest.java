package uk.police.complaints.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.police.complaints.portal.journey.Journeys;

/**
 * Every page the start page leads to, every page of every journey (shown, or the redirect to where the person is),
 * and the error and copy pages carry the security headers; over TLS (as a proxy in front says), HSTS as well.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class SecurityHeadersTest {

    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*\\bhref=\"(/[^\"#?]*)");

    @LocalServerPort
    int port;

    @Autowired
    Journeys journeys;

    @Test
    void everyPageCarriesTheSecurityHeadersAndHstsWhenServedOverTls() {
        WebTestClient web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        Set<String> paths = pagesLinkedFrom("/", web);
        assertThat(paths).as("pages found from the start page").hasSizeGreaterThan(20);
        for (String journey : new String[] {"complaint", "review", "service-feedback", "your-experience", "young-people"}) {
            journeys.find(journey).orElseThrow().pages().forEach(page -> paths.add("/" + journey + "/" + page.slug()));
            paths.add("/" + journey + "/check-answers");
            paths.add("/" + journey + "/confirmation");
        }
        paths.addAll(Set.of("/no-such-page", "/copy-no-longer-available", "/complaint/confirmation/copy.pdf",
                "/session-ended", "/resume"));

        for (String path : paths) {
            HttpHeaders plain = headers(web, path, false);
            assertSecurityHeaders(path, plain);
            assertThat(plain.getFirst("Strict-Transport-Security")).as(path + " over plain HTTP").isNull();
            assertThat(headers(web, path, true).getFirst("Strict-Transport-Security")).as(path + " over TLS")
                    .contains("max-age=31536000").contains("includeSubDomains");
        }
        System.out.println("Security headers: " + paths.size() + " paths scanned");
    }

    private static void assertSecurityHeaders(String path, HttpHeaders headers) {
        assertThat(headers.getFirst("Content-Security-Policy")).as(path + " CSP")
                .contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(headers.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
        assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        assertThat(headers.getFirst("Referrer-Policy")).as(path).isEqualTo("same-origin");
        assertThat(headers.getFirst("Permissions-Policy")).as(path).contains("camera=()", "geolocation=()");
    }

    private static HttpHeaders headers(WebTestClient web, String path, boolean overTls) {
        WebTestClient.RequestHeadersSpec<?> request = web.get().uri(path).accept(MediaType.TEXT_HTML);
        if (overTls) {
            request = request.header("X-Forwarded-Proto", "https");
        }
        return request.exchange().expectBody().returnResult().getResponseHeaders();
    }

    private static Set<String> pagesLinkedFrom(String start, WebTestClient web) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(Set.of(start));
        while (!toVisit.isEmpty()) {
            String path = toVisit.poll();
            if (!found.add(path)) {
                continue;
            }
            EntityExchangeResult<String> page = web.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                    .expectBody(String.class).returnResult();
            Matcher links = LINK.matcher(page.getResponseBody() == null ? "" : page.getResponseBody());
            while (links.find()) {
                if (!links.group(1).matches("^/(assets|webjars|css|js)/.*") && !found.contains(links.group(1))) {
                    toVisit.add(links.group(1));
                }
            }
        }
        return found;
    }
}
