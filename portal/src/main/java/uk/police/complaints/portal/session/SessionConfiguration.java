package uk.police.complaints.portal.session;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.serializer.RedisSerializer;

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
}
