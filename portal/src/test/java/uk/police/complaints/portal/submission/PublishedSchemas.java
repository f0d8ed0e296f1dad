package uk.police.complaints.portal.submission;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schemas the portal publishes for back-office integrators ({@code schemas/<type>-v<version>.schema.json}),
 * used to check that what the portal sends is what it promised.
 */
public final class PublishedSchemas {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private PublishedSchemas() {
    }

    /** What is wrong with a message, by the schema its own type and version name; empty when it conforms. */
    public static List<String> problems(String message) {
        JsonNode node = JSON.readTree(message);
        String name = "schemas/" + node.path("type").asString() + "-v" + node.path("schemaVersion").asInt()
                + ".schema.json";
        try (InputStream schemaFile = PublishedSchemas.class.getClassLoader().getResourceAsStream(name)) {
            if (schemaFile == null) {
                return List.of("no published schema " + name);
            }
            Schema schema = REGISTRY.getSchema(schemaFile, InputFormat.JSON);
            return schema.validate(message, InputFormat.JSON).stream().map(Error::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
