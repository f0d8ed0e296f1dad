package uk.police.complaints.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import uk.police.complaints.portal.complaint.ComplaintWalk;
import uk.police.complaints.portal.journey.JourneyClient;
import uk.police.complaints.portal.session.PortalOnRedis;
import uk.police.complaints.portal.submission.Reference;

/**
 * Real pages on a real server (Reactor Netty on a random port), with BlockHound watching every thread that must
 * never block: Reactor's parallel threads and Netty's event loops, with sessions in the instance's memory and, as in
 * production, in Redis (where a request goes on after Lettuce's reply). Runs in its own surefire execution
 * ("blocking-calls"), as BlockHound stays installed for the rest of the JVM's life.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class EventLoopsNeverBlockTest {

    /** Static because BlockHound is installed once for the whole JVM, before any test instance exists. */
    private static final BlockingCalls BLOCKING_CALLS = new BlockingCalls();

    @Autowired
    WebTestClient web;

    @Autowired
    ReactorResourceFactory serverResources;

    @Value("${portal.delivery.file-drop.directory}")
    Path outbox;

    @BeforeAll
    static void watchForBlockingCalls() {
        BlockHound.install(BLOCKING_CALLS::reportTo);
    }

    @Test
    void aBlockingCallOnAReactorParallelThreadIsCaught() {
        int before = BLOCKING_CALLS.count();
        assertThatThrownBy(() -> Mono.fromCallable(() -> {
            Thread.sleep(1);
            return "slept";
        }).subscribeOn(Schedulers.parallel()).block())
                .satisfies(thrown -> assertThat(Exceptions.unwrap(thrown)).isInstanceOf(BlockingOperationError.class)
                        .hasMessageContaining("java.lang.Thread.sleep"));
        assertThat(BLOCKING_CALLS.since(before)).singleElement().asString().contains("java.lang.Thread.sleep");
    }

    @Test
    void aBlockingCallOnTheServersEventLoopIsCaught() {
        int before = BLOCKING_CALLS.count();
        assertThatThrownBy(() -> serverResources.getLoopResources().onServer(true).next().submit(() -> {
            Thread.sleep(1);
            return "slept";
        }).get())
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(BlockingOperationError.class);
        assertThat(BLOCKING_CALLS.since(before)).singleElement().asString().contains("on webflux-http-");
    }

    @Test
    void theStartPageAGuideAComplaintToItsReferenceAndItsDeliveryNeverBlockAnEventLoop() {
        int before = BLOCKING_CALLS.count();
        // The first pages a real server shows parse their templates and load ICU's data: slow on a busy machine.
        JourneyClient person = new JourneyClient(web.mutate().responseTimeout(Duration.ofSeconds(60)).build());
        String reference = BLOCKING_CALLS.explainingAFailure(before, () -> {
            person.get("/");
            person.get("/?lang=cy");
            person.get("/know-your-rights");
            person.get("/know-your-rights/stop-and-search");
            person.get("/know-your-rights/stop-and-search?lang=en");
            return sendAComplaint(person);
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> delivered(reference));
        assertThat(BLOCKING_CALLS.since(before)).as(String.join("\n", BLOCKING_CALLS.since(before))).isEmpty();
    }

    @Test
    void withSessionsInRedisAComplaintToItsReferenceNeverBlocksAnEventLoop() {
        try (PortalOnRedis redis = new PortalOnRedis()) {
            ConfigurableApplicationContext instance = redis.start();
            int before = BLOCKING_CALLS.count();
            JourneyClient person = new JourneyClient(
                    PortalOnRedis.client(instance).mutate().responseTimeout(Duration.ofSeconds(60)).build());
            BLOCKING_CALLS.explainingAFailure(before, () -> {
                person.get("/");
                assertThat(Reference.parse(sendAComplaint(person))).isPresent();
            });
            assertThat(BLOCKING_CALLS.since(before)).as(String.join("\n", BLOCKING_CALLS.since(before)))
                    .isEmpty();
        }
    }

    private static String sendAComplaint(JourneyClient person) {
        person.get("/complaint/before-you-start");
        ComplaintWalk.forOneself().walk(person);
        assertThat(person.get("/complaint/check-answers")).contains("Siân Ŵyn Llŷr");
        assertThat(person.answer("/complaint/check-answers")).isEqualTo("/complaint/confirmation");
        return person.get("/complaint/confirmation").replaceAll("(?s).*<strong>([^<]+)</strong>.*", "$1");
    }

    private boolean delivered(String reference) {
        if (!Files.isDirectory(outbox)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(outbox)) {
            return files.anyMatch(file -> file.getFileName().toString().startsWith(reference));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What BlockHound found, where and on which thread, kept so a test can say exactly what blocked. */
    private static final class BlockingCalls {

        private final List<String> found = new CopyOnWriteArrayList<>();

        void reportTo(BlockHound.Builder builder) {
            allowOneTimeLoads(builder);
            builder.blockingMethodCallback(method -> {
                BlockingOperationError error = new BlockingOperationError(method);
                found.add(method + " on " + Thread.currentThread().getName() + "\n" + stackOf(error));
                throw error;
            });
        }

        /**
         * What may block, and why it is fine: each is read once and then kept in memory for the JVM's life, or
         * never waits. Thymeleaf reads a template's file the first time it is used and caches the parsed template
         * (spring.thymeleaf.cache is on); its class and ICU's read their properties and data files from the jar
         * once; the JDK's SecureRandom (CSRF tokens, references) refills a small buffer from /dev/urandom, which
         * never blocks once the kernel is seeded.
         */
        private static void allowOneTimeLoads(BlockHound.Builder builder) {
            builder.allowBlockingCallsInside("org.thymeleaf.templateparser.reader.BlockAwareReader", "read")
                    .allowBlockingCallsInside("org.thymeleaf.Thymeleaf", "<clinit>")
                    .allowBlockingCallsInside("com.ibm.icu.impl.ICUConfig", "<clinit>")
                    .allowBlockingCallsInside("com.ibm.icu.impl.ICUData", "getStream")
                    .allowBlockingCallsInside("com.ibm.icu.impl.ICUBinary", "getData")
                    .allowBlockingCallsInside("com.ibm.icu.impl.ICUBinary", "getRequiredData")
                    .allowBlockingCallsInside("sun.security.provider.NativePRNG$RandomIO", "implNextBytes");
        }

        /**
         * Walks, and if the walk fails (a page that never answers, say), fails with the blocking calls seen since
         * the mark: a call stopped on an event loop of Lettuce's can leave a request unanswered, not erroring.
         */
        <T> T explainingAFailure(int mark, Supplier<T> walk) {
            try {
                return walk.get();
            } catch (RuntimeException | AssertionError failure) {
                throw new AssertionError("the walk failed; blocking calls seen meanwhile: "
                        + (since(mark).isEmpty() ? "none" : String.join("\n", since(mark))), failure);
            }
        }

        void explainingAFailure(int mark, Runnable walk) {
            explainingAFailure(mark, () -> {
                walk.run();
                return null;
            });
        }

        int count() {
            return found.size();
        }

        List<String> since(int mark) {
            return List.copyOf(found.subList(mark, found.size()));
        }

        private static String stackOf(Throwable error) {
            StringBuilder stack = new StringBuilder();
            for (StackTraceElement frame : error.getStackTrace()) {
                stack.append("    at ").append(frame).append('\n');
            }
            return stack.toString();
        }
    }
}
