package uk.police.complaints.portal.session;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.data.redis.serializer.SerializationException;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.DefaultCsrfToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.journey.SavedAnswers;

/**
 * Writes session values to Redis as small JSON documents, each tagged with what it is, for the few kinds the
 * portal keeps: journey answers, a reference, the CSRF token, and Spring Session's own times. Not Java
 * serialization: a newer version of the portal reads what an older one wrote, and nothing else can be stored.
 */
class SessionValueSerializer implements RedisSerializer<Object> {

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public byte[] serialize(Object value) {
        if (value == null) {
            return null;
        }
        ObjectNode tagged = json.createObjectNode();
        if (value instanceof String text) {
            tagged.put("text", text);
        } else if (value instanceof Long number) {
            tagged.put("long", number);
        } else if (value instanceof Integer number) {
            tagged.put("int", number);
        } else if (value instanceof SavedAnswers saved) {
            ObjectNode answers = tagged.putObject("answers").put("version", saved.version());
            ObjectNode fields = answers.putObject("fields");
            saved.answers().fields().forEach((field, values) -> values.forEach(fields.withArray(field)::add));
        } else if (value instanceof CsrfToken token) {
            tagged.putObject("csrf").put("header", token.getHeaderName())
                    .put("parameter", token.getParameterName()).put("token", token.getToken());
        } else {
            throw new SerializationException("the portal keeps no " + value.getClass().getSimpleName()
                    + " in a session");
        }
        return json.writeValueAsBytes(tagged);
    }

    @Override
    public Object deserialize(byte[] bytes) {
        // A removed attribute is kept as nothing at all.
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        JsonNode tagged = json.readTree(new String(bytes, StandardCharsets.UTF_8));
        if (tagged.has("text")) {
            return tagged.get("text").asString();
        }
        if (tagged.has("long")) {
            return tagged.get("long").asLong();
        }
        if (tagged.has("int")) {
            return tagged.get("int").asInt();
        }
        if (tagged.has("answers")) {
            JsonNode answers = tagged.get("answers");
            Map<String, List<String>> fields = new LinkedHashMap<>();
            answers.get("fields").properties().forEach(field -> {
                List<String> values = new ArrayList<>();
                field.getValue().forEach(value -> values.add(value.asString()));
                fields.put(field.getKey(), values);
            });
            return new SavedAnswers(answers.get("version").asInt(), new Answers(fields));
        }
        if (tagged.has("csrf")) {
            JsonNode token = tagged.get("csrf");
            return new DefaultCsrfToken(token.get("header").asString(), token.get("parameter").asString(),
                    token.get("token").asString());
        }
        throw new SerializationException("a session value of a kind this portal does not keep");
    }
}
