package uk.police.complaints.portal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.submission.NewSubmission;
import uk.police.complaints.portal.submission.Reference;
import uk.police.complaints.portal.submission.SubmissionStore;

/**
 * The outbox worker against a real HTTP back office on loopback: what is stored is sent, a back office that is
 * down gets it later and once, one that refuses parks it for an operator, and nothing a person wrote is logged.
 */
@SpringBootTest(properties = {
        "spring.r2dbc.url=r2dbc:h2:mem:///outbox-delivery-tests;DB_CLOSE_DELAY=-1",
        "spring.flyway.url=jdbc:h2:mem:outbox-delivery-tests;DB_CLOSE_DELAY=-1",
        "portal.delivery.adapter=webhook",
        "portal.delivery.webhook.secret=a-shared-secret-of-at-least-32-characters",
        "portal.delivery.poll-interval=100ms",
        "portal.delivery.first-retry=100ms",
        "portal.delivery.longest-retry=400ms",
        // Enough attempts that a busy machine switching the back office on again is never later than the last.
        "portal.delivery.max-attempts=8",
        "portal.delivery.lease=10s",
        "portal.delivery.webhook.response-timeout=2s"})
@ExtendWith(OutputCaptureExtension.class)
class OutboxDeliveryTest {

    private static final TestBackOffice BACK_OFFICE = TestBackOffice.start();
    private static final String WORDS = "Siân ŵ ŷ told us this";

    @DynamicPropertySource
    static void backOffice(DynamicPropertyRegistry registry) {
        registry.add("portal.delivery.webhook.default-endpoint", () -> BACK_OFFICE.endpoint("/cases").toString());
        registry.add("portal.delivery.webhook.endpoints.gwent-police", () -> BACK_OFFICE.endpoint("/gwent").toString());
    }

    @Autowired
    SubmissionStore submissions;

    @Autowired
    DatabaseClient database;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxHealthIndicator outboxHealth;

    @Autowired
    OutboxHousekeeping housekeeping;

    @Autowired
    MeterRegistry meters;

    @AfterAll
    static void stopBackOffice() {
        BACK_OFFICE.close();
    }

    @BeforeEach
    void backOfficeIsUp() {
        BACK_OFFICE.be(TestBackOffice.Mood.UP);
        BACK_OFFICE.askToComeBackAfter("0");
    }

    @Test
    void aStoredSubmissionReachesTheBackOfficeWithItsReferenceAsTheKey() {
        Reference reference = submit("gwent-police");
        await().atMost(Duration.ofSeconds(20)).until(() -> BACK_OFFICE.accepted().containsKey(reference.value()));
        assertThat(BACK_OFFICE.accepted().get(reference.value()).body()).contains(WORDS)
                .contains("\"destination\":\"gwent-police\"");
        await().atMost(Duration.ofSeconds(20)).until(() -> status(reference).equals("delivered"));
        assertThat(meters.get("portal.delivery.delivered").tag("kind", "complaint").counter().count()).isPositive();
    }

    @Test
    void afterTheRetentionADeliveredEntryKeepsItsRecordButNotThePersonsWords() {
        Reference reference = submit("gwent-police");
        await().atMost(Duration.ofSeconds(20)).until(() -> status(reference).equals("delivered"));
        outbox.purgeDeliveredBefore(OffsetDateTime.now().plusMinutes(1)).block();
        assertThat(submissions.find(reference).block().orElseThrow().message()).isNull();
        String kept = database.sql("SELECT kind, destination, payload, purged_at FROM outbox WHERE reference = :reference")
                .bind("reference", reference.value())
                .map(row -> row.get("kind", String.class) + " " + row.get("destination", String.class) + " "
                        + row.get("payload", String.class) + " " + (row.get("purged_at", OffsetDateTime.class) != null))
                .one().block();
        assertThat(kept).isEqualTo("complaint gwent-police null true");
    }

    @Test
    void operatorsSeeTheBacklogInHealthAndMetricsAndHealthIsDownWhileAnEntryIsDead() {
        BACK_OFFICE.be(TestBackOffice.Mood.REFUSING);
        Reference reference = submit("iopc");
        await().atMost(Duration.ofSeconds(20)).until(() -> status(reference).equals("dead"));
        Health health = outboxHealth.health().block();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat((Long) health.getDetails().get("dead")).isPositive();
        housekeeping.tidy().block();
        assertThat(meters.get("portal.outbox.dead").gauge().value()).isPositive();
        assertThat(meters.get("portal.delivery.dead").tag("kind", "complaint").counter().count()).isPositive();
    }

    @Test
    void aBackOfficeThatIsDownForAWhileGetsEverySubmissionOnceWhenItIsBack() {
        BACK_OFFICE.be(TestBackOffice.Mood.DOWN);
        List<Reference> references = List.of(submit("iopc"), submit("iopc"), submit("gwent-police"));
        await().atMost(Duration.ofSeconds(20)).until(() -> references.stream()
                .allMatch(reference -> attempts(reference) >= 2));
        BACK_OFFICE.be(TestBackOffice.Mood.UP);
        await().atMost(Duration.ofSeconds(20)).until(() -> references.stream()
                .allMatch(reference -> status(reference).equals("delivered")));
        references.forEach(reference -> assertThat(BACK_OFFICE.accepted()).containsKey(reference.value()));
        assertThat(BACK_OFFICE.duplicates()).isEmpty();
    }

    @Test
    void aMessageTheBackOfficeRefusesIsParkedAsDeadAndLoggedWithoutWhatThePersonWrote(CapturedOutput output) {
        BACK_OFFICE.be(TestBackOffice.Mood.REFUSING);
        Reference reference = submit("iopc");
        await().atMost(Duration.ofSeconds(20)).until(() -> status(reference).equals("dead"));
        assertThat(attempts(reference)).isEqualTo(1);
        assertThat(output).contains("parked as dead").contains("HTTP 422").doesNotContain(WORDS)
                .doesNotContain("Siân");
    }

    @Test
    void aMessageThatKeepsFailingIsParkedAsDeadAfterTheLastAttempt() {
        BACK_OFFICE.be(TestBackOffice.Mood.DOWN);
        Reference reference = submit("iopc");
        await().atMost(Duration.ofSeconds(20)).until(() -> status(reference).equals("dead"));
        assertThat(attempts(reference)).isEqualTo(8);
        assertThat(BACK_OFFICE.accepted()).doesNotContainKey(reference.value());
    }

    private Reference submit(String destination) {
        return submissions.store(new NewSubmission("complaint", 1, Language.WELSH, destination,
                "{\"whatHappened\":\"" + WORDS + "\"}", Optional.empty(), Optional.empty(), List.of()),
                UUID.randomUUID().toString()).block();
    }

    private String status(Reference reference) {
        return database.sql("SELECT CASE WHEN delivered_at IS NOT NULL THEN 'delivered' WHEN dead_at IS NOT NULL "
                        + "THEN 'dead' ELSE 'waiting' END AS status FROM outbox WHERE reference = :reference")
                .bind("reference", reference.value())
                .map(row -> row.get("status", String.class)).one().block();
    }

    private long attempts(Reference reference) {
        return database.sql("SELECT COUNT(*) AS n FROM delivery_attempt a JOIN outbox o ON o.id = a.outbox_id "
                        + "WHERE o.reference = :reference")
                .bind("reference", reference.value())
                .map(row -> row.get("n", Long.class)).one().block();
    }
}
