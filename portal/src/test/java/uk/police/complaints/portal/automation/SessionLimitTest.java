package uk.police.complaints.portal.automation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.police.complaints.portal.journey.JourneyClient;

/**
 * A session that sends more than a person would is asked, in its language, to wait; another person at the same
 * address is not: sessions are counted, and the address only against a much higher ceiling.
 */
@SpringBootTest(properties = "portal.automation.sends-per-session=2")
@AutoConfigureWebTestClient
class SessionLimitTest {

    private static final String USEFUL = "/know-your-rights/strip-searches/useful";

    @Autowired
    WebTestClient web;

    @Test
    void aSessionOverItsSendLimitIsToldToWaitWhileSomeoneElseAtTheSameAddressSendsAsUsual() {
        JourneyClient busy = new JourneyClient(web);
        busy.get("/know-your-rights/strip-searches?lang=cy");
        for (int sent = 0; sent < 2; sent++) {
            assertThat(busy.answer(USEFUL, "useful", "yes")).endsWith("/useful/thanks");
        }
        assertThat(busy.post(USEFUL, "useful", "yes").expectStatus().isEqualTo(429).expectBody(String.class)
                .returnResult().getResponseBody()).contains("Rydych wedi anfon llawer o atebion mewn amser byr");

        JourneyClient neighbour = new JourneyClient(web);
        neighbour.get("/know-your-rights/strip-searches");
        assertThat(neighbour.answer(USEFUL, "useful", "no")).endsWith("/useful/thanks");
    }
}
