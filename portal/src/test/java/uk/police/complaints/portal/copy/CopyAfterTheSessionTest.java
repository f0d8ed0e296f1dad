package uk.police.complaints.portal.copy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The copy is made only while the session holds the answers: afterwards its link explains, in the person's
 * language, how to get a copy from the body it was sent to. Surveys, which are anonymous, offer no copy.
 */
@SpringBootTest
@AutoConfigureWebTestClient
class CopyAfterTheSessionTest {

    @Autowired
    WebTestClient web;

    @Test
    void aCopyAskedForOnceTheSessionHasEndedLeadsToAPageThatSaysHowToGetOne() {
        for (String journey : new String[] {"complaint", "review"}) {
            web.get().uri("/" + journey + "/confirmation/copy.pdf").cookie("SESSION", "ended-long-ago").exchange()
                    .expectStatus().isEqualTo(HttpStatus.SEE_OTHER)
                    .expectHeader().location("/copy-no-longer-available");
        }
        assertThat(page("/copy-no-longer-available")).contains("<h1 class=\"govuk-heading-l\">Your copy is no longer available</h1>")
                .contains("give them your reference number");
        assertThat(page("/copy-no-longer-available?lang=cy"))
                .contains("<h1 class=\"govuk-heading-l\">Nid yw eich copi ar gael mwyach</h1>")
                .contains("rhowch eich cyfeirnod iddynt");
    }

    @Test
    void aCopyOfAnswersNotYetCompleteSendsThePersonToCheckAnswersWhichSaysWhatIsLeft() {
        web.get().uri("/complaint/check-answers/copy.pdf").exchange()
                .expectStatus().isEqualTo(HttpStatus.SEE_OTHER)
                .expectHeader().location("/complaint/check-answers");
    }

    @Test
    void anonymousSurveysOfferNoCopy() {
        web.get().uri("/service-feedback/confirmation/copy.pdf").exchange().expectStatus().isNotFound();
        web.get().uri("/service-feedback/check-answers/copy.pdf").exchange().expectStatus().isNotFound();
    }

    private String page(String path) {
        return web.get().uri(path).exchange().expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
    }
}
