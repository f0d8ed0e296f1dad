package uk.police.complaints.portal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.serializer.SerializationException;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.DefaultCsrfToken;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.journey.SavedAnswers;

class SessionValueSerializerTest {

    private final SessionValueSerializer serializer = new SessionValueSerializer();

    @Test
    void answersComeBackExactlyAsTypedAndAreWrittenAsReadableJson() {
        SavedAnswers saved = new SavedAnswers(3, new Answers(Map.of("your-name", List.of("Siân Ŵyn <b>"),
                "support", List.of("bsl", "other"))));
        byte[] written = serializer.serialize(saved);
        assertThat(new String(written, StandardCharsets.UTF_8)).startsWith("{\"answers\":{\"version\":3")
                .contains("Siân Ŵyn <b>");
        assertThat(serializer.deserialize(written)).isEqualTo(saved);
    }

    @Test
    void springSessionsTimesTheReferenceAndTheCsrfTokenComeBackAsTheyWere() {
        assertThat(serializer.deserialize(serializer.serialize(1_700_000_000_000L))).isEqualTo(1_700_000_000_000L);
        assertThat(serializer.deserialize(serializer.serialize(1800))).isEqualTo(1800);
        assertThat(serializer.deserialize(serializer.serialize("ABCD-EFGH-J"))).isEqualTo("ABCD-EFGH-J");
        CsrfToken token = (CsrfToken) serializer.deserialize(serializer.serialize(
                new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "secret")));
        assertThat(token.getToken()).isEqualTo("secret");
        assertThat(token.getParameterName()).isEqualTo("_csrf");
    }

    @Test
    void anythingElseIsNeverWrittenToASession() {
        assertThatThrownBy(() -> serializer.serialize(new Date())).isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> serializer.deserialize("{\"class\":\"java.lang.Runtime\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void aRemovedValueIsNothing() {
        assertThat(serializer.serialize(null)).isNull();
        assertThat(serializer.deserialize(new byte[0])).isNull();
    }
}
