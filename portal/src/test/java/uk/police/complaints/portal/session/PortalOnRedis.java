package uk.police.complaints.portal.session;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.police.complaints.portal.PortalApplication;

/**
 * Portal instances sharing a Redis (the machine's, 127.0.0.1:6379, unless a test brings its own) under a namespace
 * of their own, which is emptied when they stop. Without Redis a test aborts, or fails under CI.
 */
public final class PortalOnRedis implements AutoCloseable {

    private final String namespace = "portal-test-" + UUID.randomUUID();
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private final int port;

    public PortalOnRedis() {
        this(6379);
    }

    /** Instances on the Redis at this port of 127.0.0.1 (an {@link OwnRedis}, say). */
    public PortalOnRedis(int port) {
        this.port = port;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
        } catch (IOException e) {
            String why = "Redis is needed on 127.0.0.1:" + port + ": " + e.getMessage();
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why, e);
            }
            Assumptions.abort(why);
        }
    }

    public String namespace() {
        return namespace;
    }

    /** Starts an instance keeping its sessions in Redis, with these arguments besides. */
    public ConfigurableApplicationContext start(String... arguments) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--spring.autoconfigure.exclude="
                        + "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
                "--spring.data.redis.host=127.0.0.1", "--spring.data.redis.port=" + port,
                "--spring.session.data.redis.namespace=" + namespace));
        all.addAll(List.of(arguments));
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(PortalApplication.class)
                .run(all.toArray(String[]::new));
        instances.add(instance);
        return instance;
    }

    public static WebTestClient client(ConfigurableApplicationContext instance) {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Override
    public void close() {
        try {
            if (!instances.isEmpty()) {
                ReactiveStringRedisTemplate redis = instances.get(0).getBean(ReactiveStringRedisTemplate.class);
                redis.keys(namespace + ":*").flatMap(redis::delete).blockLast();
            }
        } finally {
            instances.forEach(ConfigurableApplicationContext::close);
        }
    }
}
