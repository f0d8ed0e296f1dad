package uk.police.complaints.portal.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes each message to a RabbitMQ exchange, routed by its destination, as a persistent message whose id is the
 * idempotency key. Delivered only once the broker confirms it has the message and a queue took it: a message no
 * queue is bound for yet comes back and is tried again, rather than being dropped by the broker.
 */
class BrokerGateway implements BackOfficeGateway {

    private final RabbitTemplate rabbit;
    private final String exchange;
    private final Duration confirmTimeout;

    BrokerGateway(RabbitTemplate rabbit, String exchange, Duration confirmTimeout) {
        this.rabbit = rabbit;
        this.exchange = exchange;
        this.confirmTimeout = confirmTimeout;
    }

    @Override
    public Mono<DeliveryOutcome> send(Delivery delivery) {
        return Mono.fromCallable(() -> publish(delivery)).subscribeOn(Schedulers.boundedElastic());
    }

    private DeliveryOutcome publish(Delivery delivery) throws InterruptedException {
        Message message = MessageBuilder.withBody(delivery.body().getBytes(StandardCharsets.UTF_8))
                .setContentType("application/json")
                .setContentEncoding("utf-8")
                .setMessageId(delivery.idempotencyKey())
                .setType(delivery.kind())
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .build();
        CorrelationData correlation = new CorrelationData(UUID.randomUUID().toString());
        try {
            rabbit.send(exchange, delivery.destination(), message, correlation);
            CorrelationData.Confirm confirm = correlation.getFuture().get(confirmTimeout.toMillis(),
                    TimeUnit.MILLISECONDS);
            if (!confirm.ack()) {
                return new DeliveryOutcome.TryAgain("not confirmed: " + confirm.reason(), Optional.empty());
            }
            if (correlation.getReturned() != null) {
                return new DeliveryOutcome.TryAgain("unroutable: " + correlation.getReturned().getReplyText(),
                        Optional.empty());
            }
            return new DeliveryOutcome.Delivered("confirmed");
        } catch (AmqpException | ExecutionException | TimeoutException e) {
            return new DeliveryOutcome.TryAgain(e.getClass().getSimpleName(), Optional.empty());
        }
    }
}
