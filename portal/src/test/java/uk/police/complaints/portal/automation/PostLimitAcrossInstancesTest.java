package uk.police.complaints.portal.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.complaints.portal.session.PortalOnRedis.client;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import uk.police.complaints.portal.journey.JourneyClient;
import uk.police.complaints.portal.session.PortalOnRedis;

/**
 * With counts in Redis, as in production, a client that spreads its posts over two instances meets one limit,
 * and Redis holds only a hash of the client's address, which it forgets when the window ends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostLimitAcrossInstancesTest {

    private PortalOnRedis redis;
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    @BeforeAll
    void startTwoInstancesCountingInOneRedis() {
        redis = new PortalOnRedis();
        first = redis.start("--portal.automation.counter=redis", "--portal.automation.posts-per-client=4");
        second = redis.start("--portal.automation.counter=redis", "--portal.automation.posts-per-client=4");
    }

    @AfterAll
    void stopInstances() {
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void postsToEitherInstanceCountTowardsOneLimit() {
        JourneyClient onFirst = new JourneyClient(client(first));
        onFirst.get("/review/before-you-start");
        onFirst.answer("/review/before-you-start");
        onFirst.answer("/review/had-outcome", "had-outcome", "yes");
        JourneyClient onSecond = onFirst.on(client(second));
        onSecond.answer("/review/recorded-before-2020", "recorded-before-2020", "no");
        onSecond.answer("/review/review-body", "review-body", "iopc");

        onFirst.post("/review/force", "force", "gwent-police").expectStatus().isEqualTo(429);
        onSecond.post("/review/force", "force", "gwent-police").expectStatus().isEqualTo(429);

        ReactiveStringRedisTemplate keys = first.getBean(ReactiveStringRedisTemplate.class);
        String key = keys.keys(redis.namespace() + ":automation:posts:*").blockFirst();
        assertThat(key).as("the count's key").matches(".*:automation:posts:[0-9a-f]{32}:[0-9]+")
                .doesNotContain("127.0.0.1");
        assertThat(keys.getExpire(key).block()).as("time left in the window").isPositive();
    }
}
