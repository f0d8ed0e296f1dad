package uk.police.complaints.portal.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.police.complaints.portal.PortalApplication;
import uk.police.complaints.portal.complaint.ComplaintWalk;
import uk.police.complaints.portal.journey.JourneyClient;
import uk.police.complaints.portal.session.PortalOnRedis;
import uk.police.complaints.portal.submission.Reference;

/**
 * Fifty people behind one address (a school, an advocacy office, a mobile network's shared address) each send a
 * complaint within ten minutes, with the limits as the portal ships them: the tests' own settings, which lift the
 * limits, are left out, and each person takes the least time on a page a person could. Nobody is turned away.
 */
class PeopleBehindOneAddressTest {

    private static final int PEOPLE = 50;
    /** A little over the shipped least time on a page (300 ms), as a quick person would take. */
    private static final Duration READING = Duration.ofMillis(350);

    @Test
    void fiftyPeopleAtOneAddressEachSendAComplaintWithTheLimitsAsShipped() throws Exception {
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(PortalApplication.class).run(
                "--spring.config.location=classpath:/application.yml",
                "--server.port=0", "--management.server.port=0",
                "--spring.r2dbc.url=r2dbc:h2:mem:///one-address;DB_CLOSE_DELAY=-1",
                "--spring.flyway.url=jdbc:h2:mem:one-address;DB_CLOSE_DELAY=-1",
                "--portal.delivery.encryption.key=bm90LWEtcmVhbC1rZXktb25seS1mb3ItdGVzdHMtISE=",
                "--portal.delivery.encryption.key-file=",
                "--portal.delivery.file-drop.directory=target/one-address/outbox",
                "--portal.delivery.email.directory=target/one-address/email");
        ExecutorService people = Executors.newFixedThreadPool(PEOPLE / 2);
        try {
            List<Future<String>> sending = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                sending.add(people.submit(() -> sendAComplaint(new JourneyClient(PortalOnRedis.client(instance)))));
            }
            List<String> references = new ArrayList<>();
            for (Future<String> sent : sending) {
                references.add(sent.get());
            }
            assertThat(references).hasSize(PEOPLE).doesNotHaveDuplicates()
                    .allSatisfy(reference -> assertThat(Reference.parse(reference)).isPresent());
        } finally {
            people.shutdownNow();
            instance.close();
        }
    }

    private static String sendAComplaint(JourneyClient person) throws InterruptedException {
        person.get("/complaint/before-you-start");
        ComplaintWalk.forOneself().answering("what-happened", "We were all stopped outside school.")
                .walkReading(person, READING);
        person.answerAfterReading(READING, "/complaint/check-answers");
        return person.get("/complaint/confirmation").replaceAll("(?s).*<strong>([^<]+)</strong>.*", "$1");
    }
}
