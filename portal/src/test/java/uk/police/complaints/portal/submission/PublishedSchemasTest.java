package uk.police.complaints.portal.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublishedSchemasTest {

    @Test
    void aMessageMissingWhatTheSchemaRequiresIsFound() {
        assertThat(PublishedSchemas.problems("{\"type\":\"complaint\",\"schemaVersion\":1,\"reference\":\"ABCD-EFGH-J\"}"))
                .anyMatch(problem -> problem.contains("complaint"));
    }

    @Test
    void anAnswerOutsideItsListIsFound() {
        assertThat(PublishedSchemas.problems("{\"id\":\"x\",\"type\":\"equality-monitoring\",\"schemaVersion\":1,"
                + "\"from\":\"complaint\",\"receivedOn\":\"2026-11-23\",\"answers\":{\"ageBand\":\"18-24\","
                + "\"ethnicGroup\":null,\"disability\":\"sometimes\",\"gender\":null}}"))
                .anyMatch(problem -> problem.contains("disability"));
    }

    @Test
    void aMessageOfAnUnpublishedTypeIsFound() {
        assertThat(PublishedSchemas.problems("{\"type\":\"gossip\",\"schemaVersion\":1}"))
                .containsExactly("no published schema schemas/gossip-v1.schema.json");
    }
}
