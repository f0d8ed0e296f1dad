package uk.police.complaints.portal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.CacheControl;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.InMemoryWebSessionStore;
import uk.police.complaints.portal.journey.JourneyClient;

/**
 * A session ends after 30 minutes without anything happening, and asking for more time (what the timeout warning
 * does) starts the 30 minutes again. The session store's clock is moved on instead of waiting.
 */
@SpringBootTest
@AutoConfigureWebTestClient
@Import(SessionTimeoutTest.MovableSessionClock.class)
class SessionTimeoutTest {

    @Autowired
    WebTestClient web;

    private JourneyClient person;

    @BeforeEach
    void startAJourney() {
        person = new JourneyClient(web);
        person.get("/complaint/before-you-start");
        person.answer("/complaint/before-you-start");
        person.answer("/complaint/who-is-complaining", "who-is-complaining", "myself");
    }

    @Test
    void aSessionLeftAloneForLongerThanItLastsEnds() {
        MovableSessionClock.moveOn(Duration.ofMinutes(31));
        assertThat(person.redirectFrom("/complaint/how-affected")).isEqualTo("/session-ended?journey=complaint");
    }

    @Test
    void askingForMoreTimeStartsTheSessionsTimeAgain() {
        MovableSessionClock.moveOn(Duration.ofMinutes(25));
        keepAlive().expectStatus().isNoContent().expectHeader().cacheControl(CacheControl.noStore());
        MovableSessionClock.moveOn(Duration.ofMinutes(25));
        assertThat(person.get("/complaint/who-is-complaining")).as("50 minutes on, the answers are still there")
                .contains("value=\"myself\" checked");
    }

    @Test
    void askingForMoreTimeTooLateSaysTheSessionIsGone() {
        MovableSessionClock.moveOn(Duration.ofMinutes(31));
        keepAlive().expectStatus().isEqualTo(410);
    }

    @Test
    void journeyPagesCarryTheTimeoutWarningAndSayHowLongTheSessionLasts() {
        assertThat(person.get("/complaint/how-affected"))
                .contains("data-module=\"app-timeout-warning\"")
                .contains("data-timeout-seconds=\"1800\"")
                .contains("data-warn-before-seconds=\"300\"")
                .contains("data-ended-url=\"/session-ended?journey=complaint\"")
                .contains("Do you need more time?")
                .contains("we will delete your answers if you do not do anything for 30 minutes");
        assertThat(person.get("/complaint/how-affected?lang=cy")).contains("Oes angen mwy o amser arnoch chi?");
    }

    private WebTestClient.ResponseSpec keepAlive() {
        return web.get().uri("/session/keep-alive").cookie("SESSION", person.session()).exchange();
    }

    /** Sets the in-memory session store's clock, which decides when a session has expired. */
    @TestConfiguration
    static class MovableSessionClock {

        private static volatile Duration movedOn = Duration.ZERO;

        static void moveOn(Duration duration) {
            movedOn = movedOn.plus(duration);
        }

        @Bean
        static BeanPostProcessor movableSessionClock() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DefaultWebSessionManager manager
                            && manager.getSessionStore() instanceof InMemoryWebSessionStore store) {
                        store.setClock(new Clock() {
                            @Override
                            public ZoneId getZone() {
                                return ZoneOffset.UTC;
                            }

                            @Override
                            public Clock withZone(ZoneId zone) {
                                return this;
                            }

                            @Override
                            public Instant instant() {
                                return Instant.now().plus(movedOn);
                            }
                        });
                    }
                    return bean;
                }
            };
        }
    }
}
