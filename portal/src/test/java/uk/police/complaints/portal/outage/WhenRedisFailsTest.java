package uk.police.complaints.portal.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.police.complaints.portal.complaint.ComplaintWalk;
import uk.police.complaints.portal.journey.JourneyClient;
import uk.police.complaints.portal.session.OwnRedis;
import uk.police.complaints.portal.session.PortalOnRedis;
import uk.police.complaints.portal.submission.Reference;

/**
 * Redis, where sessions are kept, killed part-way through two people's complaints (one in English, one in Welsh)
 * and started again over its append-only file, as the README's production guidance sets it. While it is down,
 * every page that needs a session answers at once with a page asking the person to try again in a minute (a page
 * they had just answered is drawn again with what they typed), pages that need none still open, and readiness is
 * down while liveness stays up. Once it is back, the form shown during the outage sends, and each journey goes on
 * to its reference with every answer given before, during and after.
 */
class WhenRedisFailsTest {

    private static final String SORRY = "Sorry, this part of the service is not working just now";
    private static final String UNSAVED = "We could not save this answer just now";
    private static final String UNSAVED_CY = "ateb hwn ar hyn o bryd";

    @Test
    void whileRedisIsDownPagesAnswerAtOnceAndOnceItIsBackEveryAnswerIsThere() {
        FaultFigures figures = new FaultFigures("Redis killed mid-journey, then restarted");
        try (OwnRedis redis = OwnRedis.start(); PortalOnRedis portal = new PortalOnRedis(redis.port())) {
            ConfigurableApplicationContext instance = portal.start("--logging.level.uk.police.complaints.portal.outage=debug",
                    "--management.health.redis.enabled=true",
                    "--management.endpoint.health.group.readiness.include=readinessState,r2dbc,redis");
            WebTestClient web = PortalOnRedis.client(instance);
            WebTestClient management = WebTestClient.bindToServer()
                    .baseUrl("http://localhost:" + instance.getEnvironment().getProperty("local.management.port"))
                    .build();

            ComplaintWalk complaint = ComplaintWalk.forOneself();
            JourneyClient english = new JourneyClient(web);
            english.get("/complaint/before-you-start?lang=en");
            complaint.before("officers").walk(english);
            String englishForm = english.openForm("/complaint/officers");

            JourneyClient welsh = new JourneyClient(web);
            welsh.get("/complaint/before-you-start?lang=cy");
            ComplaintWalk welshWalk = complaint.answering("incident-place", "Stryd Fawr, Aberystwyth");
            welshWalk.before("what-happened").walk(welsh);
            String welshForm = welsh.openForm("/complaint/what-happened");

            redis.kill();
            for (int round = 0; round < 10; round++) {
                EntityExchangeResult<String> answered = figures.timed("an answered page",
                        () -> english.sendForm("/complaint/officers", englishForm, "officers", "PC 1234 and a sergeant"));
                assertThat(answered.getStatus().value()).isEqualTo(503);
                assertThat(answered.getResponseHeaders().getFirst("Retry-After")).isEqualTo("60");
                assertThat(answered.getResponseBody()).contains(UNSAVED, "PC 1234 and a sergeant", "lang=\"en\"");
                EntityExchangeResult<String> inWelsh = figures.timed("an answered page, in Welsh",
                        () -> welsh.sendForm("/complaint/what-happened", welshForm, "what-happened",
                                "Cefais fy stopio heb reswm."));
                assertThat(inWelsh.getStatus().value()).isEqualTo(503);
                assertThat(inWelsh.getResponseBody()).contains(UNSAVED_CY, "Cefais fy stopio heb reswm.", "lang=\"cy\"");
                assertThat(figures.timed("a journey page opened", () -> english.open("/complaint/officers")
                        .expectStatus().isEqualTo(503).expectBody(String.class).returnResult()).getResponseBody())
                        .contains(SORRY, "href=\"/complaint/officers\"");
                assertThat(figures.timed("check answers opened", () -> welsh.open("/complaint/check-answers")
                        .expectStatus().isEqualTo(503).expectBody(String.class).returnResult()).getResponseBody())
                        .contains("lang=\"cy\"", "Rhoi cynnig arall arni");
                figures.timed("a guide", () -> english.open("/know-your-rights/stop-and-search")
                        .expectStatus().isOk().expectBody(String.class).returnResult());
                figures.timed("readiness", () -> management.get().uri("/actuator/health/readiness").exchange()
                        .expectStatus().isEqualTo(503).expectBody(String.class).returnResult());
                figures.timed("liveness", () -> management.get().uri("/actuator/health/liveness").exchange()
                        .expectStatus().isOk().expectBody(String.class).returnResult());
            }

            redis.startAgain();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> management.get()
                    .uri("/actuator/health/readiness").exchange().returnResult(String.class).getStatus().value() == 200);
            assertThat(english.sendForm("/complaint/officers", englishForm, "officers", "PC 1234 and a sergeant")
                    .getResponseHeaders().getLocation()).hasToString("/complaint/witnesses");
            complaint.from("witnesses").walk(english);
            assertThat(welsh.sendForm("/complaint/what-happened", welshForm, "what-happened",
                    "Cefais fy stopio heb reswm.").getResponseHeaders().getLocation()).hasToString("/complaint/officers");
            welshWalk.from("officers").walk(welsh);

            String englishAnswers = english.get("/complaint/check-answers");
            String welshAnswers = welsh.get("/complaint/check-answers");
            List<String> lost = Stream.concat(
                    Stream.of("Heol y Frenhines", "I was stopped and searched for no reason.", "PC 1234 and a sergeant",
                            "I no longer go out alone.").filter(answer -> !englishAnswers.contains(answer)),
                    Stream.of("Stryd Fawr, Aberystwyth", "Cefais fy stopio heb reswm.", "An apology.")
                            .filter(answer -> !welshAnswers.contains(answer)))
                    .toList();
            assertThat(lost).as("answers lost").isEmpty();
            assertThat(Reference.parse(send(english))).isPresent();
            assertThat(Reference.parse(send(welsh))).isPresent();
            assertThat(figures.withStatus(500)).isZero();
            figures.report(lost.size(), 0, 0);
        }
    }

    private static String send(JourneyClient person) {
        assertThat(person.answer("/complaint/check-answers")).isEqualTo("/complaint/confirmation");
        return person.get("/complaint/confirmation").replaceAll("(?s).*<strong>([^<]+)</strong>.*", "$1");
    }
}
