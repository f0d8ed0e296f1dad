package uk.police.complaints.portal.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.gov.service.notify.NotificationClient;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.copy.AnswersCopy;
import uk.police.complaints.portal.copy.PdfCopies;
import uk.police.complaints.portal.journey.WrittenAnswers.WrittenAnswer;

/** The Notify adapter, through the real Notify client, against a stand-in for Notify's API on loopback. */
@SpringBootTest
class NotifyEmailSenderTest {

    private static final String TEMPLATE = UUID.randomUUID().toString();
    private static final String API_KEY = "portal_test-" + UUID.randomUUID() + "-" + UUID.randomUUID();

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorisations = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(201);
    private final HttpServer notify = start();
    private final Delivery delivery = new Delivery("entry-1", "ABCD-EFGH-J-email", EmailSender.KIND, "person", "{}", 1);
    private final Email email = new Email("sian@example.com", "cy", "ABCD-EFGH-J", "Eich cwyn am yr heddlu: ABCD-EFGH-J",
            "Cawsom eich cwyn.\n\n# Beth sy'n digwydd nesaf\n\nSiân ŵ ŷ", null);

    @Autowired
    PdfCopies pdfs;

    @AfterEach
    void stop() {
        notify.stop(0);
    }

    @Test
    void anEmailGoesToNotifyWithTheTemplateTheAddressTheWordsAndTheReference() {
        assertThat(sender().send(delivery, email).block()).isEqualTo(new DeliveryOutcome.Delivered("Notify accepted"));
        assertThat(requests).singleElement().asString()
                .contains("\"template_id\":\"" + TEMPLATE + "\"")
                .contains("\"email_address\":\"sian@example.com\"")
                .contains("\"reference\":\"ABCD-EFGH-J\"")
                .contains("Eich cwyn am yr heddlu: ABCD-EFGH-J")
                .contains("Siân ŵ ŷ")
                .contains("\"copy\":\"\"");
        assertThat(authorisations).singleElement().asString().startsWith("Bearer ");
    }

    @Test
    void theCopyOfTheAnswersGoesAsAFileThePersonConfirmsTheirAddressToOpen() {
        AnswersCopy copy = new AnswersCopy("complaint", Language.WELSH, "ABCD-EFGH-J", Instant.parse("2026-03-03T14:05:00Z"),
                List.of(new WrittenAnswer("Eich enw", "Siân ŵ ŷ")), Map.of("sentTo", "Heddlu De Cymru"), false);
        Email withCopy = new Email(email.to(), email.language(), email.reference(), email.subject(), email.body(), copy);

        assertThat(sender().send(delivery, withCopy).block()).isEqualTo(new DeliveryOutcome.Delivered("Notify accepted"));

        assertThat(requests).singleElement().asString()
                .contains("\"file\":\"" + Base64.getEncoder().encodeToString("%PDF".getBytes(StandardCharsets.US_ASCII))
                        .substring(0, 4))
                .contains("\"filename\":\"copi-o-eich-cwyn.pdf\"")
                .contains("\"confirm_email_before_download\":true")
                .contains("\"retention_period\":\"4 weeks\"");
    }

    @Test
    void anEmailNotifyRefusesIsNotTriedAgain() {
        status.set(400);
        assertThat(sender().send(delivery, email).block()).isEqualTo(new DeliveryOutcome.Refused("Notify HTTP 400"));
    }

    @Test
    void anEmailIsTriedAgainWhileNotifyIsBusyOrDown() {
        status.set(429);
        assertThat(sender().send(delivery, email).block()).isInstanceOf(DeliveryOutcome.TryAgain.class);
        status.set(500);
        assertThat(sender().send(delivery, email).block()).isInstanceOf(DeliveryOutcome.TryAgain.class);
    }

    private NotifyEmailSender sender() {
        String base = "http://127.0.0.1:" + notify.getAddress().getPort();
        return new NotifyEmailSender(new NotificationClient(API_KEY, base), TEMPLATE, pdfs);
    }

    private HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/v2/notifications/email", exchange -> {
                requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                authorisations.add(exchange.getRequestHeaders().getFirst("Authorization"));
                byte[] body = (status.get() == 201
                        ? "{\"id\":\"" + UUID.randomUUID() + "\",\"reference\":\"ABCD-EFGH-J\",\"content\":{\"body\":\"b\","
                                + "\"from_email\":\"portal@example.com\",\"subject\":\"s\"},\"template\":{\"id\":\""
                                + TEMPLATE + "\",\"version\":1,\"uri\":\"https://example.com/t\"}}"
                        : "{\"status_code\":" + status.get() + ",\"errors\":[{\"error\":\"Error\",\"message\":\"no\"}]}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status.get(), body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
