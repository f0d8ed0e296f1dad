package uk.police.complaints.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** How long browsers keep the portal's static files: a year where the address changes with the file, else a week. */
@SpringBootTest
@AutoConfigureWebTestClient
class StaticAssetCachingTest {

    @Autowired
    WebTestClient web;

    @Autowired
    FrontendProperties frontend;

    @Test
    void govukFrontendFilesWhosePathCarriesTheVersionAreKeptForAYearWithoutAskingAgain() {
        assertThat(cacheControlOf(frontend.govukRoot() + "/govuk-frontend.min.css"))
                .contains("max-age=31536000").contains("public").contains("immutable");
        assertThat(cacheControlOf(frontend.govukRoot() + "/govuk-frontend.min.js"))
                .contains("max-age=31536000").contains("immutable");
    }

    @Test
    void thePortalsOwnFilesWhoseAddressNeverChangesAreKeptForAWeek() {
        assertThat(cacheControlOf("/css/portal.css")).contains("max-age=604800").doesNotContain("immutable");
        assertThat(cacheControlOf("/js/portal.js")).contains("max-age=604800").doesNotContain("immutable");
    }

    private String cacheControlOf(String path) {
        return web.get().uri(path).exchange().expectStatus().isOk()
                .returnResult(byte[].class).getResponseHeaders().getFirst(HttpHeaders.CACHE_CONTROL);
    }
}
