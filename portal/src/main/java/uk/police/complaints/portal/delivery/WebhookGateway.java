package uk.police.complaints.portal.delivery;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The production adapter: POSTs each message as JSON to the case-management endpoint of its destination, with the
 * idempotency key and an HMAC-SHA256 signature of the body. 2xx and 409 (already have it) mean delivered; 408, 429,
 * 5xx, time-outs and refused connections mean try again (after Retry-After, if given); any other 4xx means the
 * back office will never take it as it is.
 */
class WebhookGateway implements BackOfficeGateway {

    static final String SIGNATURE_HEADER = "X-Portal-Signature-256";
    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final WebClient client;
    private final DeliveryProperties.Webhook settings;
    private final Clock clock;

    WebhookGateway(WebClient client, DeliveryProperties.Webhook settings, Clock clock) {
        this.client = client;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Mono<DeliveryOutcome> send(Delivery delivery) {
        URI endpoint = settings.endpointFor(delivery.destination());
        byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
        return client.post()
                .uri(endpoint)
                .contentType(MediaType.APPLICATION_JSON)
                .header(IDEMPOTENCY_HEADER, delivery.idempotencyKey())
                .header(SIGNATURE_HEADER, "sha256=" + sign(body))
                .bodyValue(body)
                .exchangeToMono(response -> response.releaseBody().thenReturn(outcome(response)))
                .timeout(settings.responseTimeout())
                .onErrorResume(e -> Mono.just(new DeliveryOutcome.TryAgain(e.getClass().getSimpleName(),
                        Optional.empty())));
    }

    private DeliveryOutcome outcome(ClientResponse response) {
        HttpStatusCode status = response.statusCode();
        String detail = "HTTP " + status.value();
        if (status.is2xxSuccessful() || status.value() == 409) {
            return new DeliveryOutcome.Delivered(detail);
        }
        if (status.value() == 408 || status.value() == 429 || status.is5xxServerError()) {
            return new DeliveryOutcome.TryAgain(detail,
                    retryAfter(response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER)));
        }
        return new DeliveryOutcome.Refused(detail);
    }

    /** Retry-After is either seconds or an HTTP date. */
    private Optional<Duration> retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.strip().matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
        }
        try {
            Duration wait = Duration.between(ZonedDateTime.now(clock),
                    ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
