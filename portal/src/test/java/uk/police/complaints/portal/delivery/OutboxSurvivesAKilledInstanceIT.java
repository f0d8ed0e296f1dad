package uk.police.complaints.portal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.police.complaints.portal.submission.Reference;

/**
 * The portal's own jar, run as a process against a real PostgreSQL and a real HTTP back office, killed with
 * SIGKILL in the middle of delivering and started again: every submission arrives, and the only repeats are
 * messages the back office already had, under the same idempotency key and with the same body.
 */
class OutboxSurvivesAKilledInstanceIT {

    private static final int SUBMISSIONS = 300;
    private static final String KEY = Base64.getEncoder().encodeToString(
            "a-key-for-this-test-only-32-byte".getBytes(StandardCharsets.US_ASCII));

    private final TestBackOffice backOffice = TestBackOffice.start();
    private final List<Process> instances = new ArrayList<>();
    private PostgresDatabase database;

    @AfterEach
    void stopEverything() throws SQLException {
        instances.forEach(Process::destroyForcibly);
        backOffice.close();
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everySubmissionArrivesAfterTheInstanceSendingThemIsKilledAndRestarted() throws Exception {
        database = PostgresDatabase.create();
        backOffice.answerAfter(Duration.ofMillis(150));

        Process first = start("first");
        waitForTheOutbox();
        List<String> references = queue(SUBMISSIONS);
        await().atMost(Duration.ofSeconds(60)).until(() -> backOffice.accepted().size() >= SUBMISSIONS / 5);
        first.destroyForcibly().waitFor();
        int beforeTheKill = backOffice.accepted().size();
        assertThat(beforeTheKill).as("delivered before SIGKILL").isLessThan(SUBMISSIONS);

        start("second");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> backOffice.accepted().size() == SUBMISSIONS);

        assertThat(backOffice.accepted().keySet()).containsExactlyInAnyOrderElementsOf(references);
        for (TestBackOffice.Received repeat : backOffice.duplicates()) {
            assertThat(backOffice.accepted()).containsKey(repeat.idempotencyKey());
            assertThat(repeat.body()).isEqualTo(backOffice.accepted().get(repeat.idempotencyKey()).body());
        }
        System.out.printf("Outbox after SIGKILL: %d submissions, %d delivered before the kill, %d delivered in all, "
                        + "%d repeats (same key, same body)%n", SUBMISSIONS, beforeTheKill,
                backOffice.accepted().size(), backOffice.duplicates().size());
    }

    private Process start(String name) throws IOException {
        Path log = Path.of("target", "killed-instance-" + name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", portalJar().toString()));
        command.addAll(database.arguments());
        command.addAll(List.of("--server.port=0", "--management.server.port=0",
                "--portal.delivery.adapter=webhook",
                "--portal.delivery.webhook.default-endpoint=" + backOffice.endpoint("/cases"),
                "--portal.delivery.webhook.secret=a-shared-secret-of-at-least-32-characters",
                "--portal.delivery.encryption.key=" + KEY,
                "--portal.delivery.poll-interval=100ms", "--portal.delivery.batch-size=10",
                "--portal.delivery.lease=3s", "--portal.delivery.webhook.response-timeout=1s",
                "--portal.delivery.first-retry=200ms", "--portal.delivery.longest-retry=1s"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        instances.add(process);
        return process;
    }

    private static Path portalJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the portal's exec jar is not built: run verify"));
        }
    }

    /** The first instance has migrated the database once its outbox table exists. */
    private void waitForTheOutbox() {
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> {
            try (Connection connection = database.connect();
                    PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM outbox")) {
                return query.executeQuery().next();
            }
        });
    }

    /** Submissions as the portal keeps them: the row and its sealed outbox entry. */
    private List<String> queue(int how) throws SQLException {
        PayloadCipher cipher = new PayloadCipher(new SecretKeySpec(Base64.getDecoder().decode(KEY), "AES"));
        List<String> references = new ArrayList<>();
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement submission = connection.prepareStatement("INSERT INTO submission (reference, kind, "
                    + "schema_version, journey_language, submitted_at) VALUES (?, 'complaint', 1, 'cy', ?)");
                    PreparedStatement outbox = connection.prepareStatement("INSERT INTO outbox (id, idempotency_key, "
                            + "reference, kind, destination, payload, created_at, next_attempt_at) "
                            + "VALUES (?, ?, ?, 'complaint', 'iopc', ?, ?, ?)")) {
                for (int i = 0; i < how; i++) {
                    String reference = Reference.random().value();
                    String id = UUID.randomUUID().toString();
                    OffsetDateTime now = OffsetDateTime.now();
                    submission.setString(1, reference);
                    submission.setObject(2, now);
                    submission.addBatch();
                    outbox.setString(1, id);
                    outbox.setString(2, reference);
                    outbox.setString(3, reference);
                    outbox.setString(4, cipher.seal("{\"reference\":\"" + reference + "\",\"n\":" + i + "}", id));
                    outbox.setObject(5, now);
                    outbox.setObject(6, now);
                    outbox.addBatch();
                    references.add(reference);
                }
                submission.executeBatch();
                outbox.executeBatch();
            }
            connection.commit();
        }
        return references;
    }
}
