package uk.police.complaints.portal.delivery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A case-management system on loopback, over real HTTP: the fake at the outer edge. It keeps every message it
 * accepts by idempotency key, answers a key it already has with 409 as a real one would, and can be told to be
 * down (503 with Retry-After), to refuse, or to answer slowly.
 */
final class TestBackOffice implements AutoCloseable {

    /** How the back office answers for now. */
    enum Mood { UP, DOWN, REFUSING }

    /** One message received: its key, signature header, body, and when it arrived. */
    record Received(String idempotencyKey, String signature, String body, Instant at) {
    }

    private final HttpServer server;
    private final AtomicReference<Mood> mood = new AtomicReference<>(Mood.UP);
    private final AtomicReference<Duration> slowness = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<String> retryAfter = new AtomicReference<>("1");
    private final Map<String, Received> accepted = new ConcurrentHashMap<>();
    private final List<Received> duplicates = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();

    private TestBackOffice(HttpServer server) {
        this.server = server;
    }

    static TestBackOffice start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TestBackOffice backOffice = new TestBackOffice(server);
            server.createContext("/", backOffice::handle);
            server.setExecutor(Executors.newFixedThreadPool(16));
            server.start();
            return backOffice;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI endpoint(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void be(Mood mood) {
        this.mood.set(mood);
    }

    void answerAfter(Duration wait) {
        slowness.set(wait);
    }

    void askToComeBackAfter(String value) {
        retryAfter.set(value);
    }

    /** Forgets what it received, as if a new back office had started. */
    void forget() {
        accepted.clear();
        duplicates.clear();
        requests.set(0);
    }

    Map<String, Received> accepted() {
        return Map.copyOf(accepted);
    }

    List<Received> duplicates() {
        return List.copyOf(duplicates);
    }

    int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        try {
            Thread.sleep(slowness.get().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int status = switch (mood.get()) {
            case DOWN -> {
                exchange.getResponseHeaders().add("Retry-After", retryAfter.get());
                yield 503;
            }
            case REFUSING -> 422;
            case UP -> receive(exchange, body);
        };
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private int receive(HttpExchange exchange, String body) {
        Received received = new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                exchange.getRequestHeaders().getFirst("X-Portal-Signature-256"), body, Instant.now());
        if (accepted.putIfAbsent(received.idempotencyKey(), received) != null) {
            duplicates.add(received);
            return 409;
        }
        return 201;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
