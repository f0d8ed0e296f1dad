package uk.police.complaints.portal.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import uk.police.complaints.i18n.Language;

@SpringBootTest
class SubmissionStoreTest {

    @Autowired
    SubmissionStore store;

    @Autowired
    DatabaseClient database;

    @Test
    void aStoredSubmissionIsFoundByItsReferenceWithItsWordsExactlyAsGiven() {
        Reference reference = store.store(new NewSubmission("complaint", 1, Language.WELSH, "gwent-police",
                "{\"text\":\"ŵ ŷ <b>\"}", Optional.empty(), Optional.empty(), List.of()), newKey()).block();
        StoredSubmission stored = store.find(reference).block().orElseThrow();
        assertThat(stored.message()).contains("\"complaint\":{\"text\":\"ŵ ŷ <b>\"}")
                .contains("\"reference\":\"" + reference.value() + "\"")
                .contains("\"type\":\"complaint\"", "\"schemaVersion\":1", "\"language\":\"cy\"",
                        "\"destination\":\"gwent-police\"", "\"submittedAt\":\"");
        assertThat(stored.language()).isEqualTo(Language.WELSH);
        assertThat(stored.kind()).isEqualTo("complaint");
    }

    @Test
    void theWordsRestInTheOutboxSealedNotAsTyped() {
        Reference reference = store.store(new NewSubmission("complaint", 1, Language.ENGLISH, "iopc",
                "{\"text\":\"Siân Llŷr\"}", Optional.empty(), Optional.empty(), List.of()), newKey()).block();
        String resting = database.sql("SELECT payload FROM outbox WHERE reference = :reference")
                .bind("reference", reference.value())
                .map(row -> row.get("payload", String.class)).one().block();
        assertThat(resting).startsWith("v1.").doesNotContain("Siân").doesNotContain(reference.value());
    }

    @Test
    void theSubmissionAndItsMessageAreCommittedTogether() {
        Reference reference = store.store(new NewSubmission("complaint", 1, Language.ENGLISH, "iopc", "{}",
                Optional.empty(), Optional.empty(), List.of()), newKey()).block();
        List<String> destinations = database.sql("SELECT destination FROM outbox WHERE reference = :reference")
                .bind("reference", reference.value())
                .map(row -> row.get("destination", String.class)).all().collectList().block();
        assertThat(destinations).containsExactly("iopc");
    }

    @Test
    void equalityAnswersGoInAMessageOfTheirOwnWithNothingThatLinksThemToTheSubmission() {
        long before = equalityMessages();
        Reference reference = store.store(new NewSubmission("complaint", 1, Language.ENGLISH, "iopc", "{}",
                Optional.of("{\"ageBand\":\"18-24\",\"ethnicGroup\":null,\"disability\":null,\"gender\":null}"),
                Optional.empty(), List.of()), newKey()).block();
        assertThat(equalityMessages()).isEqualTo(before + 1);
        Long linked = database.sql("SELECT COUNT(*) AS n FROM outbox WHERE kind = 'equality-monitoring' "
                        + "AND (reference IS NOT NULL OR idempotency_key = :reference)")
                .bind("reference", reference.value())
                .map(row -> row.get("n", Long.class)).one().block();
        assertThat(linked).isZero();
        assertThat(store.find(reference).block().orElseThrow().message()).doesNotContain("18-24");
    }

    private long equalityMessages() {
        return database.sql("SELECT COUNT(*) AS n FROM outbox WHERE kind = 'equality-monitoring'")
                .map(row -> row.get("n", Long.class)).one().block();
    }

    @Test
    void aSubmissionSentAgainUnderTheSameKeyIsKeptOnceAndGivesTheSameReference() {
        NewSubmission submission = new NewSubmission("complaint", 1, Language.WELSH, "dyfed-powys-police",
                "{\"text\":\"ŵ\"}", Optional.empty(), Optional.empty(), List.of());
        String key = newKey();
        Reference first = store.store(submission, key).block();
        Reference again = store.store(submission, key).block();
        assertThat(again).isEqualTo(first);
        assertThat(database.sql("SELECT COUNT(*) AS n FROM submission WHERE send_key = :key").bind("key", key)
                .map(row -> row.get("n", Long.class)).one().block()).isEqualTo(1);
        assertThat(store.store(submission, newKey()).block()).isNotEqualTo(first);
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    @Test
    void anUnknownReferenceFindsNothing() {
        assertThat(store.find(Reference.random()).block()).isEmpty();
    }
}
