package uk.police.complaints.portal.submission;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schemas the portal publishes for back-office integrators ({@code schemas/<type>-v<version>.schema.json}),
 * used to check that what the portal sends is what it promised.
 */
public final class PublishedSchemas {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PUBLISHED_AT = "https://complaints.police.uk/schemas/";
    // Schemas refer to each other by their published address; the copies in the jar answer for it.
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix(PUBLISHED_AT, "classpath:schemas/")));

    private PublishedSchemas() {
    }

    /** What is wrong with a message, by the schema its own type and version name; empty when it conforms. */
    public static List<String> problems(String message) {
        JsonNode node = JSON.readTree(message);
        String name = node.path("type").asString() + "-v" + node.path("schemaVersion").asInt() + ".schema.json";
        if (PublishedSchemas.class.getClassLoader().getResource("schemas/" + name) == null) {
            return List.of("no published schema schemas/" + name);
        }
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(PUBLISHED_AT + name));
        return schema.validate(message, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
