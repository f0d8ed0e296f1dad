package uk.police.complaints.portal.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import uk.police.complaints.portal.journey.JourneyClient;

/** A session that has ended leads to a page that says so and how to start again, in the person's language. */
@SpringBootTest
@AutoConfigureWebTestClient
class SessionEndedTest {

    private static final String ENDED_SESSION = "a-session-this-portal-no-longer-has";

    @Autowired
    WebTestClient web;

    @Test
    void openingAPageInsideAJourneyAfterTheSessionEndedExplainsWhatHappened() {
        web.get().uri("/complaint/what-happened").cookie("SESSION", ENDED_SESSION).exchange()
                .expectStatus().isSeeOther().expectHeader().valueEquals("Location", "/session-ended?journey=complaint");
        String page = web.get().uri("/session-ended?journey=complaint").cookie("lang", "cy").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("Mae eich atebion wedi cael eu dileu").contains("30 munud")
                .contains("href=\"/complaint/before-you-start\"").contains("Dechrau eto");
    }

    @Test
    void sendingAFormAfterTheSessionEndedIsNotARefusedRequest() {
        web.post().uri("/review/why-unreasonable").cookie("SESSION", ENDED_SESSION)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("why-unreasonable", "Ni wnaethon nhw wrando.")).exchange()
                .expectStatus().isSeeOther().expectHeader().valueEquals("Location", "/session-ended?journey=review");
    }

    @Test
    void theStartOfAJourneyOpensAsUsualWithAnOldCookie() {
        web.get().uri("/complaint/before-you-start").cookie("SESSION", ENDED_SESSION).exchange()
                .expectStatus().isOk();
    }

    @Test
    void aLiveSessionGoesOnAndJourneyPagesSayHowLongItLasts() {
        JourneyClient person = new JourneyClient(web);
        person.answer("/complaint/before-you-start");
        assertThat(person.get("/complaint/who-is-complaining"))
                .contains("we will delete your answers if you do not do anything for 30 minutes");
    }

    @Test
    void anUnknownJourneyStartsAgainFromTheStartPage() {
        assertThat(web.get().uri("/session-ended?journey=nothing").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody())
                .contains("Your answers have been deleted").contains("href=\"/\"");
    }
}
