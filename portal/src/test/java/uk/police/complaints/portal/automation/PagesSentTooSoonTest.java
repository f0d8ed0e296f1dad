package uk.police.complaints.portal.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import uk.police.complaints.portal.journey.JourneyClient;

/**
 * A journey page sent back sooner after it was shown than anyone could read and answer it is shown again, with
 * what was typed, asking for it to be checked: a robot is slowed down, and a person would lose nothing.
 */
@SpringBootTest(properties = "portal.automation.min-time-on-page=1s")
@AutoConfigureWebTestClient
class PagesSentTooSoonTest {

    private static final String PAGE = "/review/had-outcome";

    @Autowired
    WebTestClient web;

    private static final Duration READING = Duration.ofMillis(1_100);

    private JourneyClient person;

    @BeforeEach
    void startAReview() throws InterruptedException {
        person = new JourneyClient(web);
        person.get("/review/before-you-start?lang=cy");
        person.answerAfterReading(READING, "/review/before-you-start");
    }

    @Test
    void aPageSentBackAtOnceIsShownAgainInTheSameLanguageWithTheAnswerKeptAndNothingSaved() {
        String again = person.post(PAGE, "had-outcome", "yes").expectStatus().isEqualTo(429)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(again).contains("Gwiriwch y dudalen hon, yna parhewch")
                .contains("class=\"govuk-notification-banner\"")
                .containsPattern("<input[^>]*value=\"yes\"[^>]*checked|<input[^>]*checked[^>]*value=\"yes\"")
                .doesNotContain("govuk-error-summary");
        assertThat(person.redirectFrom("/review/check-answers")).as("where the person is").isEqualTo(PAGE);
    }

    @Test
    void aPageSentBackAfterThePersonHadTimeToAnswerItGoesOn() throws InterruptedException {
        assertThat(person.answerAfterReading(READING, PAGE, "had-outcome", "yes"))
                .isEqualTo("/review/recorded-before-2020");
    }

    @Test
    void aPagePostedWithNoPageOfItsJourneyShownInTheSessionIsShownAgain() {
        JourneyClient robot = new JourneyClient(web);
        String token = robot.get("/complaint/before-you-start")
                .replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        String again = web.post().uri("/review/before-you-start").cookie("SESSION", robot.session())
                .accept(MediaType.TEXT_HTML).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData("_csrf", token))
                .exchange().expectStatus().isEqualTo(429).expectBody(String.class).returnResult().getResponseBody();
        assertThat(again).contains("Check this page, then continue");
    }
}
