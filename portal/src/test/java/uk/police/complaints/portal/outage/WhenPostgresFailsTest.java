package uk.police.complaints.portal.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import uk.police.complaints.portal.PortalApplication;
import uk.police.complaints.portal.complaint.ComplaintWalk;
import uk.police.complaints.portal.journey.JourneyClient;
import uk.police.complaints.portal.session.PortalOnRedis;

/**
 * A PostgreSQL of the test's own stopped as a crash would stop it, in the middle of a burst of complaints sent by
 * several people at once, then started again. Every send either shows a reference, and the complaint is kept and
 * delivered once, or shows the page asking to try again, and trying again sends it (under the same send key, so a
 * send the database committed as it went away is found, not kept twice). None is lost, none doubled, no send
 * answers with a server error, and the outbox worker carries on by itself.
 */
class WhenPostgresFailsTest {

    private static final int PEOPLE = 200;
    private static final int AT_ONCE = 8;
    private static final Pattern REFERENCE = Pattern.compile("<strong>([A-Z0-9-]{11})</strong>");
    private static final String SORRY = "Sorry, this part of the service is not working just now";

    @Test
    void everySendThroughADatabaseCrashIsKeptAndDeliveredOnceOrKeptOnceTriedAgain() throws Exception {
        FaultFigures figures = new FaultFigures("PostgreSQL stopped (immediate) during " + PEOPLE
                + " sends from " + AT_ONCE + " at once, then started");
        Path outbox = Files.createTempDirectory("portal-outbox-");
        try (OwnPostgres postgres = OwnPostgres.start()) {
            List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                    "--portal.delivery.file-drop.directory=" + outbox));
            arguments.addAll(postgres.arguments());
            ConfigurableApplicationContext instance = new SpringApplicationBuilder(PortalApplication.class)
                    .run(arguments.toArray(String[]::new));
            ExecutorService people = Executors.newFixedThreadPool(AT_ONCE);
            try {
                List<Person> ready = readyToSend(instance, people);

                AtomicBoolean down = new AtomicBoolean();
                AtomicInteger sent = new AtomicInteger();
                ConcurrentLinkedQueue<Person> waiting = new ConcurrentLinkedQueue<>(ready);
                Set<Person> toTryAgain = ConcurrentHashMap.newKeySet();
                Map<Person, String> references = new ConcurrentHashMap<>();
                List<Future<?>> senders = new ArrayList<>();
                for (int i = 0; i < AT_ONCE; i++) {
                    senders.add(people.submit(() -> {
                        for (Person person = waiting.poll(); person != null; person = waiting.poll()) {
                            boolean duringTheFault = down.get();
                            EntityExchangeResult<String> result = duringTheFault
                                    ? figures.timed("a send", person::send) : person.send();
                            sent.incrementAndGet();
                            if (result.getStatus().value() == 303) {
                                references.put(person, person.reference());
                            } else {
                                assertThat(result.getStatus().value()).as("a send while the database is away")
                                        .isEqualTo(503);
                                assertThat(result.getResponseBody()).contains(SORRY,
                                        "href=\"/complaint/check-answers\"");
                                toTryAgain.add(person);
                            }
                        }
                    }));
                }
                await().atMost(Duration.ofMinutes(2)).until(() -> sent.get() >= PEOPLE / 5);
                down.set(true);
                postgres.stopAbruptly();
                Thread.sleep(3_000);
                postgres.startAgain();
                down.set(false);
                for (Future<?> sender : senders) {
                    sender.get();
                }

                for (Person person : toTryAgain) {
                    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                            .until(() -> person.send().getStatus().value() == 303);
                    references.put(person, person.reference());
                }

                DatabaseClient database = instance.getBean(DatabaseClient.class);
                long kept = database.sql("SELECT COUNT(*) AS n FROM submission").map(row -> row.get("n", Long.class))
                        .one().block();
                Set<String> distinct = Set.copyOf(references.values());
                assertThat(references).as("a reference for every person").hasSize(PEOPLE);
                assertThat(distinct).as("no two people given one reference").hasSize(PEOPLE);
                assertThat(kept).as("submissions kept").isEqualTo(PEOPLE);
                await().atMost(Duration.ofMinutes(2)).until(() -> delivered(outbox).containsAll(distinct));
                assertThat(toTryAgain).as("sends during the fault that asked to try again").isNotEmpty();
                assertThat(figures.withStatus(500)).isZero();
                figures.report(0, PEOPLE - references.size(), kept - PEOPLE);
            } finally {
                people.shutdownNow();
                instance.close();
            }
        } finally {
            delete(outbox);
        }
    }

    /** Everyone walked to check answers, opened, in parallel. */
    private static List<Person> readyToSend(ConfigurableApplicationContext instance, ExecutorService people)
            throws Exception {
        List<Future<Person>> walking = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            walking.add(people.submit(() -> {
                JourneyClient client = new JourneyClient(PortalOnRedis.client(instance));
                String token = client.openForm("/complaint/before-you-start");
                ComplaintWalk.forOneself().answering("your-name", "Dewi Sant").walkWith(client, token);
                assertThat(client.get("/complaint/check-answers")).contains("Dewi Sant");
                return new Person(client, token);
            }));
        }
        List<Person> ready = new ArrayList<>();
        for (Future<Person> person : walking) {
            ready.add(person.get());
        }
        return ready;
    }

    /** The references whose submission message the back office (the file drop) has. */
    private static Set<String> delivered(Path outbox) throws IOException {
        try (Stream<Path> files = Files.walk(outbox)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .collect(Collectors.toSet());
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Person(JourneyClient client, String token) {

        EntityExchangeResult<String> send() {
            return client.sendForm("/complaint/check-answers", token);
        }

        String reference() {
            Matcher reference = REFERENCE.matcher(client.get("/complaint/confirmation"));
            assertThat(reference.find()).isTrue();
            return reference.group(1);
        }
    }
}
