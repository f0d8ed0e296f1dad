package uk.police.complaints.portal.session;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.session.data.redis.ReactiveRedisSessionRepository;

/**
 * Sessions: the embedded default keeps them in the instance's memory (WebFlux's own store); the production profile
 * keeps them in Redis through Spring Session, so a journey started on one instance goes on on another. What goes
 * into Redis is written by {@link SessionValueSerializer}.
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
}
