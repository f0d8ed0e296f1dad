package uk.police.complaints.portal.session;

import io.lettuce.core.ClientOptions.DisconnectedBehavior;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.session.data.redis.ReactiveRedisSessionRepository;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;

/**
 * Sessions: the embedded default keeps them in the instance's memory (WebFlux's own store); the production profile
 * keeps them in Redis through Spring Session, so a journey started on one instance goes on on another. What goes
 * into Redis is written by {@link SessionValueSerializer}. While Redis is unreachable, pages that need a session are
 * answered at once with a page asking the person to try again in a minute (see the outage package), and the
 * connection comes back by itself as soon as Redis does.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /** The name Spring Session looks for when it writes session values to Redis. */
    @Bean
    RedisSerializer<Object> springSessionDefaultRedisSerializer() {
        return new SessionValueSerializer();
    }

    /**
     * With sessions in Redis, the connection to it is made at start-up, before the server takes requests: Lettuce
     * otherwise connects the first time it is used by waiting, on whichever thread asks, which would be the first
     * request's (BlockHound caught it). Without Redis, the instance then refuses to start rather than fail pages.
     */
    @Bean
    SmartInitializingSingleton connectToRedisBeforeTheFirstRequest(ObjectProvider<ReactiveRedisSessionRepository> sessions,
            ObjectProvider<LettuceConnectionFactory> redis) {
        return () -> {
            if (sessions.getIfAvailable() != null) {
                redis.ifAvailable(factory -> {
                    ReactiveRedisConnection connection = factory.getReactiveConnection();
                    connection.close();
                });
            }
        };
    }

    /**
     * While the connection is down, a command fails at once instead of waiting in Lettuce's queue for a
     * reconnection that may be minutes away: the page that asked answers straight away, and nothing piles up.
     */
    @Bean
    LettuceClientOptionsBuilderCustomizer failCommandsAtOnceWhileRedisIsUnreachable() {
        return options -> options.autoReconnect(true).disconnectedBehavior(DisconnectedBehavior.REJECT_COMMANDS);
    }

    /**
     * Lettuce waits up to 30 seconds between attempts to reconnect by default, so pages failed for half a minute
     * after Redis was back. Jittered, so many instances do not all knock at once.
     */
    @Bean
    ClientResourcesBuilderCustomizer reconnectToRedisSoonAfterItIsBack(SessionProperties properties) {
        return resources -> resources.reconnectDelay(Delay.equalJitter(Duration.ofMillis(50),
                properties.reconnectAtMost(), 2, TimeUnit.MILLISECONDS));
    }

    /**
     * Every session store, in memory or in Redis, tolerates the store being unreachable (see the store's own note).
     * Once every bean is made, so whatever else set the store up has done so.
     */
    @Bean
    SmartInitializingSingleton sessionsThatOutliveAnOutage(ObjectProvider<WebSessionManager> managers) {
        return () -> managers.ifAvailable(manager -> {
            if (manager instanceof DefaultWebSessionManager sessions) {
                sessions.setSessionStore(new OutageTolerantSessionStore(sessions.getSessionStore()));
            }
        });
    }
}
