package uk.police.complaints.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootTest
@AutoConfigureWebTestClient
@Import(PortalPagesTest.FailingPage.class)
class PortalPagesTest {

    static final List<String> READABLE_PAGES = List.of("/",
            "/know-your-rights", "/give-feedback", "/accessibility-statement", "/privacy-notice", "/cookies", "/contact");

    @Autowired
    WebTestClient web;

    @Test
    void theStartPageIsInEnglishWhenNothingIsChosen() {
        String page = html("/");
        assertThat(page).contains("<html lang=\"en\"").contains("<h1 class=\"govuk-heading-xl\">Police complaints</h1>");
    }

    @Test
    void theStartPageIsInWelshWhenWelshIsChosen() {
        String page = html("/?lang=cy");
        assertThat(page).contains("<html lang=\"cy\"").contains("Cwynion am yr heddlu")
                .contains("Rydym yn croesawu gohebiaeth a galwadau ffôn yn Gymraeg");
    }

    @Test
    void theStartPageLinksToEveryPartOfTheService() {
        assertThat(html("/")).contains("href=\"/complaint/before-you-start\"", "href=\"/review/before-you-start\"",
                "href=\"/know-your-rights\"", "href=\"/give-feedback\"");
    }

    @Test
    void whereAJourneyStartsThePageSaysToCall999() {
        assertThat(html("/give-feedback")).doesNotContain("call 999");
        assertThat(html("/review/before-you-start?lang=cy")).contains("ffoniwch 999");
    }

    @Test
    void theAddressOnLettersLeadsIntoTheReviewJourney() {
        web.get().uri("/apply-for-a-review").exchange().expectStatus().is3xxRedirection()
                .expectHeader().valueEquals("Location", "/review/before-you-start");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/review/before-you-start", "/contact", "/cookies?x=1"})
    void everyPageTogglesToTheSamePageInTheOtherLanguage(String path) {
        String separator = path.contains("?") ? "&" : "?";
        String inHtml = path.replace("&", "&amp;") + (path.contains("?") ? "&amp;" : "?");
        assertThat(html(path)).contains("href=\"" + inHtml + "lang=cy\"").contains("hreflang=\"cy\" lang=\"cy\"");
        assertThat(html(path + separator + "lang=cy")).contains("href=\"" + inHtml + "lang=en\"");
    }

    @Test
    void theFooterSaysWelshIsWelcomeAndGivesTheTextRelayNumber() {
        assertThat(html("/")).contains("We welcome correspondence and telephone calls in Welsh")
                .contains("Writing to us in Welsh will not lead to a delay")
                .contains("Text relay: 18001 0300 020 0096");
    }

    @Test
    void readingPagesCreatesNoSessionAndNoCookieButTheLanguageChoice() {
        for (String path : READABLE_PAGES) {
            web.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().isOk()
                    .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
        }
    }

    @Test
    void aPostWithoutACsrfTokenIsRefusedWithATranslatedPage() {
        String page = web.post().uri("/know-your-rights").cookie("lang", "cy").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isForbidden()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<html lang=\"cy\"").contains("nid oeddem yn gallu derbyn y cais hwnnw")
                .contains("href=\"/know-your-rights?lang=en\"");
    }

    @Test
    void anUnknownPageIsATranslatedNotFoundPage() {
        String page = web.get().uri("/no-such-page?lang=cy").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isNotFound()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("Heb ddod o hyd i&#39;r dudalen").contains("href=\"/no-such-page?lang=en\"");
    }

    @Test
    void aFailureIsATranslatedPageWithoutAStackTrace() {
        String page = web.get().uri(FailingPage.PATH).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().is5xxServerError()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("Sorry, there is a problem with the service")
                .doesNotContain("IllegalStateException").doesNotContain(FailingPage.SECRET).doesNotContain("at uk.police");
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        web.get().uri("/").exchange()
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"))
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Referrer-Policy", "same-origin")
                .expectHeader().exists("Permissions-Policy")
                .expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "en");
    }

    @Test
    void govukFrontendStylesAndAssetsAreServed() {
        String html = html("/");
        String stylesheet = html.replaceAll("(?s).*<link rel=\"stylesheet\" href=\"([^\"]+govuk-frontend.min.css)\".*", "$1");
        web.get().uri(stylesheet).exchange().expectStatus().isOk();
        web.get().uri("/assets/images/favicon.svg").exchange().expectStatus().isOk();
    }

    private String html(String path) {
        return web.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    @TestConfiguration
    @RestController
    static class FailingPage {
        static final String PATH = "/test-only/failure";
        static final String SECRET = "secret detail";

        @GetMapping(PATH)
        String fail() {
            throw new IllegalStateException(SECRET);
        }
    }
}
