package uk.police.complaints.portal.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.delivery.Outbox;
import uk.police.complaints.portal.delivery.OutboxMessage;
import uk.police.complaints.portal.journey.JourneyMetrics;
import uk.police.complaints.portal.submission.SubmissionMessages;

/**
 * Puts a survey response in the outbox (schema {@code feedback-v1}), with any equality answers in a message of
 * their own, in one transaction; nothing else of it is kept, and the outbox empties its words once delivered. The
 * message carries the day it was received, not the time, so that it cannot be matched to a complaint sent a
 * moment before; and it is keyed by an id of its own (its send key), never by the person's reference.
 */
@Component
class FeedbackStore {

    static final String DESTINATION = "feedback";
    static final int SCHEMA_VERSION = 1;

    private final Outbox outbox;
    private final SubmissionMessages messages;
    private final TransactionalOperator transaction;
    private final JourneyMetrics metrics;
    private final JsonMapper json;
    private final Clock clock;

    FeedbackStore(Outbox outbox, SubmissionMessages messages, TransactionalOperator transaction,
            JourneyMetrics metrics, JsonMapper json, Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.transaction = transaction;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Completes with the response's id once it is committed. The id is the send key (random, and the survey's own):
     * a response sent again after a failure carries the same id, so the back office keeps it once.
     */
    Mono<String> store(FeedbackResponse response, String id) {
        LocalDate today = LocalDate.now(clock.withZone(Language.LONDON));
        Mono<Void> equality = response.equality()
                .map(answers -> outbox.add(messages.equality(Outbox.FEEDBACK_KIND, json.writeValueAsString(answers),
                        today)))
                .orElse(Mono.empty());
        return outbox.add(new OutboxMessage(id, null, Outbox.FEEDBACK_KIND, DESTINATION, message(id, response, today)))
                .then(equality)
                .as(transaction::transactional)
                .then(Mono.fromRunnable(() -> response.ratings().forEach((question, rating) ->
                        metrics.rated(response.survey(), question, rating))))
                .thenReturn(id);
    }

    private String message(String id, FeedbackResponse response, LocalDate today) {
        ObjectNode message = json.createObjectNode()
                .put("id", id)
                .put("type", Outbox.FEEDBACK_KIND)
                .put("schemaVersion", SCHEMA_VERSION)
                .put("survey", response.survey())
                .put("language", response.language().tag())
                .put("receivedOn", today.toString());
        response.page().ifPresent(page -> message.put("page", page));
        response.reference().ifPresent(reference -> message.put("reference", reference));
        ObjectNode answers = message.putObject("answers");
        response.answers().forEach((question, answer) -> {
            if (answer instanceof List<?> values) {
                ArrayNode array = answers.putArray(question);
                values.forEach(value -> array.add(String.valueOf(value)));
            } else {
                answers.put(question, String.valueOf(answer));
            }
        });
        return json.writeValueAsString(message);
    }
}
