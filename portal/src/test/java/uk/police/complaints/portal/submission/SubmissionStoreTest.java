package uk.police.complaints.portal.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
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
    void aStoredSubmissionIsFoundByItsReferenceExactlyAsGiven() {
        Reference reference = store.store(new NewSubmission("complaint", 1, Language.WELSH,
                "{\"text\":\"ŵ ŷ <b>\"}", Optional.empty())).block();
        StoredSubmission stored = store.find(reference).block().orElseThrow();
        assertThat(stored.payload()).isEqualTo("{\"text\":\"ŵ ŷ <b>\"}");
        assertThat(stored.language()).isEqualTo(Language.WELSH);
        assertThat(stored.kind()).isEqualTo("complaint");
    }

    @Test
    void equalityAnswersAreKeptWithNothingThatLinksThemToTheSubmission() {
        Reference reference = store.store(new NewSubmission("complaint", 1, Language.ENGLISH, "{}",
                Optional.of("{\"ageBand\":\"18-24\"}"))).block();
        Long linked = database.sql("SELECT COUNT(*) AS n FROM equality_monitoring WHERE payload LIKE :reference")
                .bind("reference", "%" + reference.value() + "%")
                .map(row -> row.get("n", Long.class)).one().block();
        assertThat(linked).isZero();
        assertThat(store.find(reference).block().orElseThrow().payload()).doesNotContain("18-24");
    }

    @Test
    void anUnknownReferenceFindsNothing() {
        assertThat(store.find(Reference.random()).block()).isEmpty();
    }
}
