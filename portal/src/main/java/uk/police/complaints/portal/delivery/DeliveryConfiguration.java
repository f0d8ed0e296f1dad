package uk.police.complaints.portal.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.ChannelOption;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.service.notify.NotificationClient;
import uk.police.complaints.portal.copy.PdfCopies;

/** The outbox, its worker, and the adapter that {@code portal.delivery.adapter} names. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    PayloadCipher payloadCipher(DeliveryProperties properties) {
        return new PayloadCipher(OutboxKey.from(properties.encryption()));
    }

    @Bean
    OutboxDeliveryWorker outboxDeliveryWorker(Outbox outbox, BackOfficeGateway gateway, EmailSender email,
            JsonMapper json, DeliveryProperties properties, Clock clock, MeterRegistry meters) {
        if (properties.lease().compareTo(properties.pollInterval()) <= 0) {
            throw new IllegalStateException("portal.delivery.lease must be longer than the poll interval");
        }
        return new OutboxDeliveryWorker(outbox, new OutboxSenders(gateway, email, json), properties,
                new RetrySchedule(properties.firstRetry(), properties.longestRetry(), ThreadLocalRandom.current()),
                clock, meters);
    }

    @Bean
    OutboxHousekeeping outboxHousekeeping(Outbox outbox, DeliveryProperties properties, Clock clock,
            MeterRegistry meters) {
        return new OutboxHousekeeping(outbox, properties, clock, meters);
    }

    @Bean
    @ConditionalOnProperty(name = "portal.delivery.email.sender", havingValue = "file", matchIfMissing = true)
    EmailSender fileEmailSender(DeliveryProperties properties, PdfCopies pdfs) {
        return new FileEmailSender(properties.email().directory(), pdfs);
    }

    @Bean
    @ConditionalOnProperty(name = "portal.delivery.email.sender", havingValue = "notify")
    EmailSender notifyEmailSender(DeliveryProperties properties, PdfCopies pdfs) {
        DeliveryProperties.Email email = properties.email();
        if (email.notifyApiKey() == null || email.notifyApiKey().isBlank() || email.notifyTemplateId() == null
                || email.notifyTemplateId().isBlank()) {
            throw new IllegalStateException("the Notify e-mail sender needs portal.delivery.email.notify-api-key and "
                    + "portal.delivery.email.notify-template-id");
        }
        return new NotifyEmailSender(new NotificationClient(email.notifyApiKey(), email.notifyBaseUrl()),
                email.notifyTemplateId(), pdfs);
    }

    @Bean
    @ConditionalOnProperty(name = "portal.delivery.adapter", havingValue = "file-drop", matchIfMissing = true)
    BackOfficeGateway fileDropGateway(DeliveryProperties properties) {
        return new FileDropGateway(properties.fileDrop().directory());
    }

    @Bean
    @ConditionalOnProperty(name = "portal.delivery.adapter", havingValue = "broker")
    BackOfficeGateway brokerGateway(DeliveryProperties properties, ConnectionFactory connections) {
        RabbitTemplate rabbit = new RabbitTemplate(connections);
        rabbit.setMandatory(true);
        return new BrokerGateway(rabbit, properties.broker().exchange(), properties.broker().confirmTimeout());
    }

    /** The exchange the broker adapter publishes to; the back office binds its queues to it. */
    @Bean
    @ConditionalOnProperty(name = "portal.delivery.adapter", havingValue = "broker")
    TopicExchange deliveryExchange(DeliveryProperties properties) {
        return new TopicExchange(properties.broker().exchange(), true, false);
    }

    @Bean
    @ConditionalOnProperty(name = "portal.delivery.adapter", havingValue = "webhook")
    BackOfficeGateway webhookGateway(DeliveryProperties properties, Clock clock) {
        DeliveryProperties.Webhook webhook = properties.webhook();
        if (webhook.defaultEndpoint() == null || webhook.secret() == null || webhook.secret().length() < 32) {
            throw new IllegalStateException("the webhook adapter needs portal.delivery.webhook.default-endpoint and a "
                    + "secret of at least 32 characters in portal.delivery.webhook.secret");
        }
        if (webhook.responseTimeout().multipliedBy(2).compareTo(properties.lease()) >= 0) {
            throw new IllegalStateException("portal.delivery.lease must be more than twice the webhook response timeout");
        }
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) webhook.connectTimeout().toMillis())
                .responseTimeout(webhook.responseTimeout());
        return new WebhookGateway(WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build(), webhook, clock);
    }
}
