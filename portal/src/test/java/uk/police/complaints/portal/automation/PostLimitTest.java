package uk.police.complaints.portal.automation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.police.complaints.portal.journey.JourneyClient;

/** A client that posts more forms in a while than any person would is asked, in its language, to wait. */
@SpringBootTest(properties = "portal.automation.posts-per-client=3")
@AutoConfigureWebTestClient
class PostLimitTest {

    @Autowired
    WebTestClient web;

    @Test
    void aClientOverThePostLimitIsToldHowLongToWaitAndLedBackToThePageWithItsAnswersKept() {
        JourneyClient person = new JourneyClient(web);
        person.get("/review/before-you-start?lang=cy");
        person.answer("/review/before-you-start");
        person.answer("/review/had-outcome", "had-outcome", "yes");
        person.answer("/review/recorded-before-2020", "recorded-before-2020", "no");

        String refused = person.post("/review/review-body", "review-body", "iopc").expectStatus().isEqualTo(429)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("lang=\"cy\"").contains("Rydych wedi anfon llawer o atebion mewn amser byr")
                .contains("Arhoswch 10 munud").contains("Mae eich atebion wedi&#39;u cadw")
                .contains("<a class=\"govuk-link\" href=\"/review/review-body\">Mynd yn ôl i&#39;r dudalen");
        assertThat(person.get("/review/recorded-before-2020")).as("what was saved before").contains("checked");
    }
}
