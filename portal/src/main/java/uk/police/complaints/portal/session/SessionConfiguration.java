package uk.police.complaints.portal.session;

import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
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

    /**
     * Lettuce reads every reply on its connection's one I/O thread and, left alone, goes on there with whatever the
     * reply sets going: for each request, the rest of it after its session is read, page rendering included. The
     * portal then used one core however many it had (under load, 88% of its CPU samples were on that thread).
     * Replies are handed to Lettuce's computation threads instead, one per core.
     */
    @Bean
    LettuceClientOptionsBuilderCustomizer repliesHandledOffTheIoThread() {
        return options -> options.publishOnScheduler(true);
    }
}
