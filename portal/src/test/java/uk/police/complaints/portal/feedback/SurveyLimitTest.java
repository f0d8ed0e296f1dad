package uk.police.complaints.portal.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.police.complaints.portal.journey.JourneyClient;

/** One client may send only a few responses in a while; the next is refused calmly, in their language. */
@SpringBootTest(properties = "portal.automation.sends-per-client=2")
@AutoConfigureWebTestClient
class SurveyLimitTest {

    @Autowired
    WebTestClient web;

    @Test
    void aClientThatSendsTooManyResponsesIsToldToWaitAndKeepsItsAnswers() {
        JourneyClient person = new JourneyClient(web);
        person.get("/know-your-rights/strip-searches?lang=cy");
        for (int sent = 0; sent < 2; sent++) {
            assertThat(person.answer("/know-your-rights/strip-searches/useful", "useful", "yes"))
                    .endsWith("/useful/thanks");
        }
        String refused = person.post("/know-your-rights/strip-searches/useful", "useful", "yes")
                .expectStatus().isEqualTo(429).expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("Rydych wedi anfon llawer o atebion mewn amser byr").contains("10 munud");
    }
}
