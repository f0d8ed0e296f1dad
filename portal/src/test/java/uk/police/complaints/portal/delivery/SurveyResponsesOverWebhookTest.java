package uk.police.complaints.portal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.police.complaints.portal.journey.JourneyClient;
import uk.police.complaints.portal.submission.PublishedSchemas;

/** As in production, a survey response reaches case management over HTTP, signed, keyed by its own id. */
@SpringBootTest(properties = {
        "spring.r2dbc.url=r2dbc:h2:mem:///survey-webhook-tests;DB_CLOSE_DELAY=-1",
        "spring.flyway.url=jdbc:h2:mem:survey-webhook-tests;DB_CLOSE_DELAY=-1",
        "portal.delivery.adapter=webhook",
        "portal.delivery.webhook.secret=a-shared-secret-of-at-least-32-characters",
        "portal.delivery.poll-interval=100ms"})
@AutoConfigureWebTestClient
class SurveyResponsesOverWebhookTest {

    private static final TestBackOffice BACK_OFFICE = TestBackOffice.start();

    @DynamicPropertySource
    static void backOffice(DynamicPropertyRegistry registry) {
        registry.add("portal.delivery.webhook.default-endpoint", () -> BACK_OFFICE.endpoint("/cases").toString());
    }

    @Autowired
    WebTestClient web;

    @AfterAll
    static void stopBackOffice() {
        BACK_OFFICE.close();
    }

    @Test
    void aResponseArrivesOverHttpSignedAndValidAgainstItsSchema() {
        String marker = "Mwy o enghreifftiau " + UUID.randomUUID();
        JourneyClient person = new JourneyClient(web);
        person.get("/know-your-rights/how-to-complain?lang=cy");
        person.answer("/know-your-rights/how-to-complain/useful", "useful", "yes", "improve", marker);
        await().atMost(Duration.ofSeconds(20)).until(() -> BACK_OFFICE.accepted().values().stream()
                .anyMatch(received -> received.body().contains(marker)));
        TestBackOffice.Received received = BACK_OFFICE.accepted().values().stream()
                .filter(found -> found.body().contains(marker)).findFirst().orElseThrow();
        assertThat(PublishedSchemas.problems(received.body())).isEmpty();
        assertThat(received.signature()).isNotBlank();
        assertThat(received.body()).contains("\"id\":\"" + received.idempotencyKey() + "\"")
                .contains("\"language\":\"cy\"");
    }
}
