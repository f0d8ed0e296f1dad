package uk.police.complaints.portal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.submission.NewSubmission;
import uk.police.complaints.portal.submission.Reference;
import uk.police.complaints.portal.submission.SubmissionStore;

/**
 * A back office that is slow, not down: one answers only after the response timeout (as one answering after 30
 * seconds is to the shipped 20), another accepts the connection and never answers. The worker holds no more
 * claims than it is sending (no pile-up that outlives a lease and is sent again by another instance), and once
 * the slow one is quick again every message reaches it, each under its own one key.
 */
@SpringBootTest(properties = {
        "spring.r2dbc.url=r2dbc:h2:mem:///slow-back-office-tests;DB_CLOSE_DELAY=-1",
        "spring.flyway.url=jdbc:h2:mem:slow-back-office-tests;DB_CLOSE_DELAY=-1",
        "portal.delivery.adapter=webhook",
        "portal.delivery.webhook.secret=a-shared-secret-of-at-least-32-characters",
        "portal.delivery.poll-interval=100ms",
        "portal.delivery.first-retry=100ms",
        "portal.delivery.longest-retry=400ms",
        "portal.delivery.max-attempts=100",
        "portal.delivery.lease=4s",
        "portal.delivery.webhook.response-timeout=1s"})
class WhenTheBackOfficeIsSlowTest {

    private static final int MESSAGES = 30;
    private static final int BATCH = 8;
    private static final TestBackOffice SLOW = TestBackOffice.start();
    /** Accepts connections (the kernel does, into its backlog) and never reads or answers one. */
    private static final ServerSocket SILENT = silent();

    @DynamicPropertySource
    static void backOffices(DynamicPropertyRegistry registry) {
        registry.add("portal.delivery.webhook.default-endpoint", () -> SLOW.endpoint("/cases").toString());
        registry.add("portal.delivery.webhook.endpoints.silent-police",
                () -> "http://127.0.0.1:" + SILENT.getLocalPort() + "/cases");
    }

    @Autowired
    SubmissionStore submissions;

    @Autowired
    DatabaseClient database;

    @AfterAll
    static void stopBackOffices() throws IOException {
        SLOW.close();
        SILENT.close();
    }

    @Test
    void claimsNeverPileUpAndEachMessageArrivesUnderItsOneKeyOnceTheBackOfficeIsQuickAgain() {
        SLOW.answerAfter(Duration.ofSeconds(2));
        List<String> references = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            references.add(submit(i % 3 == 0 ? "silent-police" : "iopc").value());
        }
        AtomicLong mostClaimed = new AtomicLong();
        long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();
        while (System.nanoTime() < until) {
            mostClaimed.accumulateAndGet(claimed(), Math::max);
        }
        assertThat(mostClaimed.get()).as("the most entries claimed at once").isPositive().isLessThanOrEqualTo(BATCH);

        SLOW.answerAfter(Duration.ZERO);
        List<String> toTheSlowOne = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            if (i % 3 != 0) {
                toTheSlowOne.add(references.get(i));
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> SLOW.accepted().keySet().containsAll(toTheSlowOne));
        assertThat(SLOW.accepted().keySet()).as("keys the back office received").isEqualTo(Set.copyOf(toTheSlowOne));
        assertThat(SLOW.duplicates()).allSatisfy(again -> assertThat(toTheSlowOne).contains(again.idempotencyKey()));
        assertThat(waitingFor("silent-police")).as("messages to the silent one, still to be sent, not lost")
                .isEqualTo(MESSAGES / 3);
    }

    private Reference submit(String destination) {
        return submissions.store(new NewSubmission("complaint", 1, Language.ENGLISH, destination, "{}",
                Optional.empty(), Optional.empty(), List.of()), UUID.randomUUID().toString()).block();
    }

    private long claimed() {
        return database.sql("SELECT COUNT(*) AS n FROM outbox WHERE claimed_by IS NOT NULL")
                .map(row -> row.get("n", Long.class)).one().block();
    }

    private long waitingFor(String destination) {
        return database.sql("SELECT COUNT(*) AS n FROM outbox WHERE destination = :destination "
                        + "AND delivered_at IS NULL AND dead_at IS NULL")
                .bind("destination", destination)
                .map(row -> row.get("n", Long.class)).one().block();
    }

    private static ServerSocket silent() {
        try {
            return new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
