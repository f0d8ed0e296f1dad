package uk.police.complaints.portal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.submission.NewSubmission;
import uk.police.complaints.portal.submission.Reference;
import uk.police.complaints.portal.submission.SubmissionStore;

/**
 * The broker adapter against the machine's RabbitMQ (127.0.0.1:5672, guest/guest): a submission is published with
 * its reference as the message id and counts as delivered only once the broker confirms a queue has it.
 */
@SpringBootTest(properties = {
        "spring.r2dbc.url=r2dbc:h2:mem:///broker-delivery-tests;DB_CLOSE_DELAY=-1",
        "spring.flyway.url=jdbc:h2:mem:broker-delivery-tests;DB_CLOSE_DELAY=-1",
        "portal.delivery.adapter=broker",
        "portal.delivery.broker.exchange=" + BrokerDeliveryTest.EXCHANGE,
        "portal.delivery.poll-interval=100ms",
        "portal.delivery.first-retry=100ms",
        "portal.delivery.longest-retry=400ms",
        "spring.rabbitmq.host=127.0.0.1",
        "spring.rabbitmq.port=5672",
        "management.health.rabbit.enabled=true"})
class BrokerDeliveryTest {

    static final String EXCHANGE = "police-complaints-test";

    @Autowired
    SubmissionStore submissions;

    @Autowired
    BackOfficeGateway gateway;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    DatabaseClient database;

    @BeforeAll
    static void rabbitMqIsRunning() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5672), 2_000);
        } catch (IOException e) {
            String why = "RabbitMQ is needed on 127.0.0.1:5672: " + e.getMessage();
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why, e);
            }
            Assumptions.abort(why);
        }
    }

    @Test
    void aSubmissionIsPublishedPersistentlyWithItsReferenceAsTheMessageIdAndConfirmed() {
        Queue queue = admin.declareQueue();
        admin.declareExchange(new TopicExchange(EXCHANGE, true, false));
        admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange(EXCHANGE)).with("gwent-police"));
        try {
            Reference reference = submissions.store(new NewSubmission("complaint", 1, Language.WELSH, "gwent-police",
                    "{\"whatHappened\":\"Siân ŵ ŷ\"}", Optional.empty(), Optional.empty(), List.of()),
                    UUID.randomUUID().toString()).block();
            Message received = rabbit.receive(queue.getName(), 20_000);
            assertThat(received).isNotNull();
            assertThat(received.getMessageProperties().getMessageId()).isEqualTo(reference.value());
            assertThat(received.getMessageProperties().getReceivedDeliveryMode()).isEqualTo(MessageDeliveryMode.PERSISTENT);
            assertThat(received.getMessageProperties().getContentType()).isEqualTo("application/json");
            assertThat(new String(received.getBody(), StandardCharsets.UTF_8)).contains("Siân ŵ ŷ")
                    .contains("\"reference\":\"" + reference.value() + "\"");
            await().atMost(Duration.ofSeconds(20)).until(() -> "confirmed".equals(lastOutcome(reference)));
        } finally {
            admin.removeBinding(new Binding(queue.getName(), Binding.DestinationType.QUEUE, EXCHANGE, "gwent-police",
                    null));
            admin.deleteQueue(queue.getName());
        }
    }

    @Test
    void aMessageNoQueueIsBoundForComesBackAndIsTriedAgain() {
        admin.declareExchange(new TopicExchange(EXCHANGE, true, false));
        DeliveryOutcome outcome = gateway.send(new Delivery(UUID.randomUUID().toString(), "ABCD-EFGH-J", "complaint",
                "nobody-listens", "{}", 1)).block();
        assertThat(outcome).isInstanceOf(DeliveryOutcome.TryAgain.class);
        assertThat(outcome.detail()).startsWith("unroutable");
    }

    private String lastOutcome(Reference reference) {
        return database.sql("SELECT last_outcome FROM outbox WHERE reference = :reference AND delivered_at IS NOT NULL")
                .bind("reference", reference.value())
                .map(row -> row.get("last_outcome", String.class)).one().blockOptional().orElse(null);
    }
}
