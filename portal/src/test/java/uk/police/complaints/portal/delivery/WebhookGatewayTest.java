package uk.police.complaints.portal.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ChannelOption;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/** The webhook adapter against a real HTTP server on loopback. */
class WebhookGatewayTest {

    private static final String SECRET = "a-shared-secret-of-at-least-32-characters";

    private final TestBackOffice backOffice = TestBackOffice.start();
    private final Delivery delivery = new Delivery("entry-1", "ABCD-EFGH-J", "complaint", "gwent-police",
            "{\"words\":\"Siân ŵ ŷ x < y\"}", 1);

    @AfterEach
    void stop() {
        backOffice.close();
    }

    @Test
    void aMessageArrivesWithItsIdempotencyKeyAndASignatureOfItsExactBody() throws Exception {
        assertThat(gateway(Duration.ofSeconds(5)).send(delivery).block())
                .isEqualTo(new DeliveryOutcome.Delivered("HTTP 201"));
        TestBackOffice.Received received = backOffice.accepted().get("ABCD-EFGH-J");
        assertThat(received.body()).isEqualTo(delivery.body());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(received.signature()).isEqualTo("sha256="
                + HexFormat.of().formatHex(mac.doFinal(received.body().getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aMessageTheBackOfficeAlreadyHasCountsAsDelivered() {
        gateway(Duration.ofSeconds(5)).send(delivery).block();
        assertThat(gateway(Duration.ofSeconds(5)).send(delivery).block())
                .isEqualTo(new DeliveryOutcome.Delivered("HTTP 409"));
    }

    @Test
    void aBackOfficeThatIsDownIsTriedAgainWhenItSays() {
        backOffice.be(TestBackOffice.Mood.DOWN);
        backOffice.askToComeBackAfter("120");
        assertThat(gateway(Duration.ofSeconds(5)).send(delivery).block())
                .isEqualTo(new DeliveryOutcome.TryAgain("HTTP 503", Optional.of(Duration.ofMinutes(2))));
    }

    @Test
    void aRetryAfterGivenAsADateIsUnderstood() {
        backOffice.be(TestBackOffice.Mood.DOWN);
        backOffice.askToComeBackAfter("Wed, 21 Oct 2015 07:28:00 GMT");
        DeliveryOutcome outcome = gateway(Duration.ofSeconds(5)).send(delivery).block();
        assertThat(outcome).isEqualTo(new DeliveryOutcome.TryAgain("HTTP 503", Optional.of(Duration.ZERO)));
    }

    @Test
    void aMessageTheBackOfficeRefusesIsNotTriedAgain() {
        backOffice.be(TestBackOffice.Mood.REFUSING);
        assertThat(gateway(Duration.ofSeconds(5)).send(delivery).block())
                .isEqualTo(new DeliveryOutcome.Refused("HTTP 422"));
    }

    @Test
    void aBackOfficeTooSlowToAnswerIsTriedAgain() {
        backOffice.answerAfter(Duration.ofSeconds(2));
        assertThat(gateway(Duration.ofMillis(300)).send(delivery).block())
                .isInstanceOf(DeliveryOutcome.TryAgain.class);
    }

    @Test
    void aBackOfficeThatIsNotListeningIsTriedAgain() {
        URI nowhere = backOffice.endpoint("/cases");
        backOffice.close();
        DeliveryProperties.Webhook settings = new DeliveryProperties.Webhook(nowhere, Map.of(), SECRET,
                Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(new WebhookGateway(client(settings), settings, Clock.systemUTC()).send(delivery).block())
                .isInstanceOf(DeliveryOutcome.TryAgain.class);
    }

    @Test
    void eachDestinationGoesToItsOwnEndpointAndTheRestToTheDefault() {
        DeliveryProperties.Webhook settings = new DeliveryProperties.Webhook(URI.create("https://iopc.example/cases"),
                Map.of("gwent-police", URI.create("https://gwent.example/cases")), SECRET, Duration.ofSeconds(1),
                Duration.ofSeconds(1));
        assertThat(settings.endpointFor("gwent-police")).hasHost("gwent.example");
        assertThat(settings.endpointFor("kent-police")).hasHost("iopc.example");
    }

    private WebhookGateway gateway(Duration responseTimeout) {
        DeliveryProperties.Webhook settings = new DeliveryProperties.Webhook(backOffice.endpoint("/cases"), Map.of(),
                SECRET, Duration.ofSeconds(1), responseTimeout);
        return new WebhookGateway(client(settings), settings, Clock.systemUTC());
    }

    private static WebClient client(DeliveryProperties.Webhook settings) {
        return WebClient.builder().clientConnector(new ReactorClientHttpConnector(HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis())
                .responseTimeout(settings.responseTimeout()))).build();
    }
}
