package uk.police.complaints.portal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.complaints.portal.session.PortalOnRedis.client;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import uk.police.complaints.portal.journey.JourneyClient;
import uk.police.complaints.portal.submission.Reference;

/**
 * Two portal instances sharing the machine's Redis (127.0.0.1:6379) for sessions: a person starts a journey on
 * one and finishes it on the other, in Welsh, and what Redis holds is JSON, not Java serialization.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsAcrossInstancesTest {

    private PortalOnRedis redis;
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    @BeforeAll
    void startTwoInstancesOnOneRedis() {
        redis = new PortalOnRedis();
        first = redis.start();
        second = redis.start();
    }

    @AfterAll
    void stopInstances() {
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void aJourneyStartedOnOneInstanceIsFinishedOnTheOther() {
        JourneyClient onFirst = new JourneyClient(client(first));
        onFirst.get("/review/before-you-start?lang=cy");
        onFirst.answer("/review/before-you-start");
        onFirst.answer("/review/had-outcome", "had-outcome", "yes");
        onFirst.answer("/review/recorded-before-2020", "recorded-before-2020", "no");
        onFirst.answer("/review/review-body", "review-body", "iopc");
        onFirst.answer("/review/force", "force", "gwent-police");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        onFirst.answer("/review/letter-date", "letter-date-day", String.valueOf(today.getDayOfMonth()),
                "letter-date-month", String.valueOf(today.getMonthValue()), "letter-date-year",
                String.valueOf(today.getYear()));

        JourneyClient onSecond = onFirst.on(client(second));
        assertThat(onSecond.get("/review/in-time")).contains("lang=\"cy\"").contains("Rydych o fewn y terfyn amser");
        onSecond.answer("/review/in-time");
        onSecond.answer("/review/outcome-letter");
        onSecond.answer("/review/other-documents");
        onSecond.answer("/review/complaint-reference", "complaint-reference", "");
        onSecond.answer("/review/who-is-applying", "who-is-applying", "myself");
        onSecond.answer("/review/why-unreasonable", "why-unreasonable", "Siân: ni wnaethon nhw wrando.");
        onSecond.answer("/review/outcome-wanted", "outcome-wanted", "Edrych eto.");
        onSecond.answer("/review/your-name", "your-name", "Siân Ŵyn");
        onSecond.answer("/review/contact-methods", "contact-methods", "phone");
        onSecond.answer("/review/contact-phone", "contact-phone", "029 2018 0000");
        onSecond.answer("/review/correspondence-language", "correspondence-language", "cy");
        onSecond.answer("/review/support", "support", "none");
        onSecond.answer("/review/equality-offer", "equality-offer", "no");
        assertThat(onSecond.get("/review/check-answers")).contains("Heddlu Gwent").contains("Siân Ŵyn");

        String redisAnswers = first.getBean(ReactiveStringRedisTemplate.class).opsForHash()
                .get(redis.namespace() + ":sessions:" + onSecond.session(), "sessionAttr:journey.review")
                .map(String::valueOf).block();
        assertThat(redisAnswers).as("the answers as Redis holds them").startsWith("{\"answers\":{\"version\":")
                .contains("Siân Ŵyn");

        assertThat(onSecond.answer("/review/check-answers")).isEqualTo("/review/confirmation");
        // Sending gives the session a new id, which the other instance knows too.
        String confirmation = onSecond.on(client(first)).get("/review/confirmation");
        assertThat(Reference.parse(confirmation.replaceAll("(?s).*<strong>([^<]+)</strong>.*", "$1"))).isPresent();
    }
}
