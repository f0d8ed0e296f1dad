package uk.police.complaints.portal.delivery;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How submissions reach the back office ({@code portal.delivery.*}); every default is in application.yml.
 *
 * @param adapter {@code file-drop} (the embedded default), {@code webhook} (production) or {@code broker} (RabbitMQ)
 * @param pollInterval how often each instance looks for entries that are due
 * @param batchSize the most entries one instance claims at a time, all of them sent at once
 * @param lease how long a claimed entry is left to its worker before another may try it; longer than any send
 * @param maxAttempts attempts before an entry is parked as dead for an operator
 * @param firstRetry the wait after the first failed attempt; it doubles each time, with jitter
 * @param longestRetry the longest wait between attempts
 * @param retention how long a delivered entry keeps its payload before the words are purged
 */
@ConfigurationProperties("portal.delivery")
public record DeliveryProperties(String adapter, Duration pollInterval, int batchSize, Duration lease,
        int maxAttempts, Duration firstRetry, Duration longestRetry, Duration retention, Encryption encryption,
        FileDrop fileDrop, Webhook webhook, Broker broker, Email email) {

    /**
     * The outbox key: {@code key} (base64, 32 bytes) when set, else a key file made on first run. The production
     * profile leaves the file blank, so a missing key stops the portal rather than making one nobody keeps.
     */
    public record Encryption(String key, String keyFile) {
    }

    /** The embedded default: one JSON file per message in a folder per destination. */
    public record FileDrop(Path directory) {
    }

    /**
     * E-mails to people: {@code sender} is {@code file} (the embedded default, text files in {@code directory}) or
     * {@code notify} (GOV.UK Notify, with one template that shows {@code ((subject))}, {@code ((body))} and
     * {@code ((copy))}).
     */
    public record Email(String sender, Path directory, String notifyApiKey, String notifyTemplateId,
            String notifyBaseUrl) {
    }

    /**
     * RabbitMQ (connection from {@code spring.rabbitmq.*}): the exchange the portal publishes to, with each
     * destination as the routing key, and how long to wait for the broker to confirm a message.
     */
    public record Broker(String exchange, Duration confirmTimeout) {
    }

    /**
     * A case-management endpoint per destination (a force's code, {@code iopc}, a local policing body), and one
     * for every destination not listed; the shared secret signs each body.
     */
    public record Webhook(URI defaultEndpoint, Map<String, URI> endpoints, String secret, Duration connectTimeout,
            Duration responseTimeout) {

        public Webhook {
            endpoints = endpoints == null ? Map.of() : Map.copyOf(endpoints);
        }

        URI endpointFor(String destination) {
            return endpoints.getOrDefault(destination, defaultEndpoint);
        }
    }
}
