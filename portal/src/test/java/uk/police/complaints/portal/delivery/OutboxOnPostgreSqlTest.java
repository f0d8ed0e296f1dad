package uk.police.complaints.portal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.PortalApplication;
import uk.police.complaints.portal.submission.NewSubmission;
import uk.police.complaints.portal.submission.Reference;
import uk.police.complaints.portal.submission.SubmissionStore;

/**
 * Two portal instances on one real PostgreSQL database, delivering to a real HTTP back office on loopback: with the
 * back office down for a while and then back, every one of a thousand submissions arrives exactly once, and the
 * two instances share the work without ever sending one entry twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxOnPostgreSqlTest {

    private static final int SUBMISSIONS = 1_000;

    private final TestBackOffice backOffice = TestBackOffice.start();
    private PostgresDatabase database;
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    @BeforeAll
    void startTwoInstancesOnOneDatabase() {
        database = PostgresDatabase.create();
        first = instance();
        second = instance();
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {first, second}) {
            if (instance != null) {
                instance.close();
            }
        }
        backOffice.close();
        if (database != null) {
            database.close();
        }
    }

    /** Each test counts from nothing, as a freshly deployed pair of instances would. */
    @BeforeEach
    void emptyTheTables() {
        for (String table : List.of("delivery_attempt", "outbox", "submission")) {
            client().sql("DELETE FROM " + table).fetch().rowsUpdated().block();
        }
        backOffice.forget();
    }

    @Test
    void aThousandSubmissionsReachABackOfficeThatWasDownExactlyOnceSharedBetweenTwoInstances() {
        backOffice.be(TestBackOffice.Mood.DOWN);
        backOffice.askToComeBackAfter("0");
        List<Reference> references = new ArrayList<>(submit(first, SUBMISSIONS / 2));
        references.addAll(submit(second, SUBMISSIONS / 2));
        await().atMost(Duration.ofSeconds(60)).until(() -> count("SELECT COUNT(*) AS n FROM delivery_attempt") >= 200);
        backOffice.be(TestBackOffice.Mood.UP);

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("SELECT COUNT(*) AS n FROM outbox WHERE delivered_at IS NOT NULL") == SUBMISSIONS);

        assertThat(backOffice.accepted().keySet())
                .containsExactlyInAnyOrderElementsOf(references.stream().map(Reference::value).toList());
        assertThat(backOffice.duplicates()).as("messages the back office received twice").isEmpty();
        assertThat(count("SELECT COUNT(*) AS n FROM outbox WHERE dead_at IS NOT NULL")).isZero();
        Map<String, Long> deliveredByWorker = rows("SELECT worker, COUNT(*) AS n FROM delivery_attempt "
                + "WHERE outcome = 'delivered' GROUP BY worker");
        assertThat(deliveredByWorker).as("deliveries by each instance").hasSize(2);
        assertThat(deliveredByWorker.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(SUBMISSIONS);
        System.out.printf("Outbox on PostgreSQL: %d submissions, %d accepted once, %d duplicates, %d attempts "
                        + "(%d while the back office was down), delivered by instance: %s%n",
                SUBMISSIONS, backOffice.accepted().size(), backOffice.duplicates().size(),
                count("SELECT COUNT(*) AS n FROM delivery_attempt"),
                count("SELECT COUNT(*) AS n FROM delivery_attempt WHERE outcome = 'retry'"), deliveredByWorker.values());
    }

    @Test
    void withTheBackOfficeUpASubmissionIsDeliveredWithinMoments() {
        backOffice.be(TestBackOffice.Mood.UP);
        List<Reference> references = submit(first, 100);
        await().atMost(Duration.ofSeconds(60)).until(() -> references.stream()
                .allMatch(reference -> backOffice.accepted().containsKey(reference.value())));
        await().atMost(Duration.ofSeconds(30)).until(() -> delays(references).size() == references.size());
        List<Duration> delays = delays(references);
        assertThat(delays).allMatch(delay -> !delay.isNegative());
        System.out.printf("Outbox on PostgreSQL: submit-to-delivered for %d submissions, median %d ms, slowest %d ms%n",
                delays.size(), delays.get(delays.size() / 2).toMillis(), delays.get(delays.size() - 1).toMillis());
    }

    private ConfigurableApplicationContext instance() {
        List<String> arguments = new ArrayList<>(database.arguments());
        arguments.addAll(List.of("--server.port=0", "--management.server.port=0",
                "--portal.delivery.adapter=webhook",
                "--portal.delivery.webhook.default-endpoint=" + backOffice.endpoint("/cases"),
                "--portal.delivery.webhook.secret=a-shared-secret-of-at-least-32-characters",
                "--portal.delivery.poll-interval=100ms", "--portal.delivery.batch-size=25",
                "--portal.delivery.first-retry=200ms", "--portal.delivery.longest-retry=1s",
                "--portal.delivery.max-attempts=1000", "--portal.delivery.lease=30s",
                "--portal.delivery.webhook.response-timeout=5s"));
        return new SpringApplicationBuilder(PortalApplication.class).run(arguments.toArray(String[]::new));
    }

    private static List<Reference> submit(ConfigurableApplicationContext instance, int how) {
        SubmissionStore store = instance.getBean(SubmissionStore.class);
        return Flux.range(0, how)
                .concatMap(i -> store.store(new NewSubmission("complaint", 1, i % 2 == 0 ? Language.WELSH
                        : Language.ENGLISH, i % 3 == 0 ? "iopc" : "gwent-police",
                        "{\"whatHappened\":\"Prawf ŵ ŷ " + i + "\"}", Optional.empty(), Optional.empty(), List.of()),
                        UUID.randomUUID().toString()))
                .collectList().block();
    }

    private List<Duration> delays(List<Reference> references) {
        List<String> wanted = references.stream().map(Reference::value).toList();
        return client().sql("SELECT reference, created_at, delivered_at FROM outbox WHERE delivered_at IS NOT NULL")
                .map(row -> Map.entry(row.get("reference", String.class), Duration.between(
                        row.get("created_at", OffsetDateTime.class), row.get("delivered_at", OffsetDateTime.class))))
                .all()
                .filter(entry -> wanted.contains(entry.getKey()))
                .map(Map.Entry::getValue)
                .sort()
                .collectList().block();
    }

    private long count(String sql) {
        return client().sql(sql).map(row -> row.get("n", Long.class)).one().block();
    }

    private Map<String, Long> rows(String sql) {
        return client().sql(sql).map(row -> Map.entry(row.get("worker", String.class), row.get("n", Long.class)))
                .all().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)).block();
    }

    private DatabaseClient client() {
        return first.getBean(DatabaseClient.class);
    }
}
