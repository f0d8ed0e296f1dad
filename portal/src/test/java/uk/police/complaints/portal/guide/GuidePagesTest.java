package uk.police.complaints.portal.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.police.complaints.content.ContentLibrary;

/** The guides index and its topic filter, each guide's page around its content, its caching, links and weight. */
@SpringBootTest
@AutoConfigureWebTestClient
class GuidePagesTest {

    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"]*)\"");
    private static final Pattern ASSET = Pattern.compile(
            "<link rel=\"stylesheet\" href=\"([^\"]+)\"|<script[^>]* src=\"([^\"]+)\"|data-govuk-frontend=\"([^\"]+)\"");
    private static final int MOST_BYTES = 100 * 1024;

    @Autowired
    WebTestClient web;

    @Autowired
    @Qualifier("guides")
    ContentLibrary guides;

    @Test
    void theIndexListsEveryGuideAndFiltersByTopicWithLinks() {
        String all = page("/know-your-rights");
        for (String slug : guides.slugs()) {
            assertThat(all).contains("href=\"/know-your-rights/" + slug + "\"");
        }
        assertThat(all).contains("<a class=\"govuk-link\" href=\"/know-your-rights\" aria-current=\"page\">All topics</a>");
        String stopAndSearch = page("/know-your-rights?topic=stop-and-search");
        assertThat(stopAndSearch).contains("href=\"/know-your-rights/stop-and-search\"")
                .doesNotContain("href=\"/know-your-rights/your-right-to-a-review\"")
                .contains("aria-current=\"page\">Stop and search</a>")
                .contains("<title>Know your rights: Stop and search");
        assertThat(page("/know-your-rights?topic=stop-and-search&lang=cy")).contains("Stopio a chwilio")
                .contains("lang=\"cy\"");
    }

    @Test
    void aGuideHasItsCallToComplainRelatedGuidesAndItsReviewDateInItsLanguage() {
        String guide = page("/know-your-rights/stop-and-search?lang=cy");
        assertThat(guide).contains("href=\"/complaint/before-you-start\"").contains("Gwneud cwyn")
                .contains("Canllawiau cysylltiedig").contains("Adolygwyd ddiwethaf: 23 Tachwedd 2026")
                .doesNotContain("govuk-exit-this-page");
    }

    @Test
    void sensitiveGuidesCarryExitThisPageInTheirLanguage() {
        assertThat(page("/know-your-rights/strip-searches")).contains("data-module=\"govuk-exit-this-page\"")
                .contains("Exit this page").contains("href=\"https://www.bbc.co.uk/weather\"");
        assertThat(page("/know-your-rights/strip-searches?lang=cy")).contains("Gadael y dudalen hon")
                .contains("data-i18n.press-two-more-times=\"Shift, pwyswch 2 waith arall i adael.\"");
    }

    @Test
    void aGuideSeenBeforeIsNotSentAgainAndReadersGetNoSession() {
        EntityExchangeResult<String> first = web.get().uri("/know-your-rights/being-arrested").exchange()
                .expectStatus().isOk().expectHeader().cacheControl(CacheControl.noCache().cachePrivate())
                .expectBody(String.class).returnResult();
        assertThat(first.getResponseCookies()).doesNotContainKey("SESSION");
        String etag = first.getResponseHeaders().getETag();
        assertThat(etag).isNotBlank();
        web.get().uri("/know-your-rights/being-arrested").ifNoneMatch(etag).exchange()
                .expectStatus().isNotModified();
        web.get().uri("/know-your-rights/being-arrested?lang=cy").ifNoneMatch(etag).exchange()
                .expectStatus().isOk();
    }

    @Test
    void anUnknownGuideIsNotFound() {
        web.get().uri("/know-your-rights/no-such-guide").exchange().expectStatus().isNotFound();
    }

    @Test
    void everyLinkOnEveryGuideLeadsToAPage() {
        Set<String> links = new LinkedHashSet<>();
        for (String slug : guides.slugs()) {
            for (String language : List.of("en", "cy")) {
                Matcher href = HREF.matcher(page("/know-your-rights/" + slug + "?lang=" + language));
                while (href.find()) {
                    links.add(href.group(1).replace("&amp;", "&"));
                }
            }
        }
        for (String link : links) {
            HttpStatus status = HttpStatus.valueOf(web.get().uri(link).exchange().returnResult(String.class)
                    .getStatus().value());
            assertThat(status.is2xxSuccessful() || status.is3xxRedirection()).as(link + " answers " + status).isTrue();
        }
    }

    @Test
    void everyGuideWithItsStylesAndScriptsWeighsUnder100KbGzipped() {
        int heaviest = 0;
        String heaviestGuide = "";
        for (String slug : guides.slugs()) {
            for (String language : List.of("en", "cy")) {
                String html = page("/know-your-rights/" + slug + "?lang=" + language);
                int bytes = gzipped(html.getBytes(StandardCharsets.UTF_8));
                for (String asset : assets(html)) {
                    bytes += gzipped(web.get().uri(asset).exchange().expectStatus().isOk().expectBody(byte[].class)
                            .returnResult().getResponseBody());
                }
                if (bytes > heaviest) {
                    heaviest = bytes;
                    heaviestGuide = slug + " (" + language + ")";
                }
            }
        }
        System.out.printf("Heaviest guide: %s, %.1f KB gzipped with its CSS and JavaScript%n", heaviestGuide,
                heaviest / 1024.0);
        assertThat(heaviest).as("bytes of the heaviest guide, " + heaviestGuide).isLessThan(MOST_BYTES);
    }

    private String page(String path) {
        return web.get().uri(path).exchange().expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
    }

    private static List<String> assets(String html) {
        List<String> assets = new ArrayList<>();
        Matcher asset = ASSET.matcher(html);
        while (asset.find()) {
            for (int group = 1; group <= 3; group++) {
                if (asset.group(group) != null) {
                    assets.add(asset.group(group));
                }
            }
        }
        return assets;
    }

    private static int gzipped(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
