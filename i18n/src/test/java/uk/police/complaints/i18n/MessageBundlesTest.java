package uk.police.complaints.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The build fails when a key is written in one language only, or when the two languages take other arguments. */
class MessageBundlesTest {

    private final Properties english = load("/messages/messages.properties");
    private final Properties welsh = load("/messages/messages_cy.properties");

    @Test
    void everyEnglishKeyHasAWelshTwin() {
        assertThat(welsh.stringPropertyNames()).containsAll(english.stringPropertyNames());
    }

    @Test
    void everyWelshKeyHasAnEnglishTwin() {
        assertThat(english.stringPropertyNames()).containsAll(welsh.stringPropertyNames());
    }

    @Test
    void bothLanguagesOfAKeyTakeTheSameArguments() {
        Map<String, String> mismatches = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            if (welsh.containsKey(key)) {
                Set<String> inEnglish = arguments(english.getProperty(key));
                Set<String> inWelsh = arguments(welsh.getProperty(key));
                if (!inEnglish.equals(inWelsh)) {
                    mismatches.put(key, "en " + inEnglish + " / cy " + inWelsh);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyMessageIsAValidIcuPattern() {
        for (Properties bundle : new Properties[] {english, welsh}) {
            bundle.stringPropertyNames().forEach(key -> arguments(bundle.getProperty(key)));
        }
    }

    @Test
    void noMessageIsBlank() {
        assertThat(english.entrySet()).noneMatch(entry -> entry.getValue().toString().isBlank());
        assertThat(welsh.entrySet()).noneMatch(entry -> entry.getValue().toString().isBlank());
    }

    /** Argument names or numbers; plural and select keywords may differ, as Welsh has more plural forms. */
    static Set<String> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME || part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                names.add(parsed.getSubstring(part));
            }
        }
        return names;
    }

    @Test
    void argumentsAreFoundInsidePluralForms() {
        assertThat(arguments("{count, plural, one {# day to {deadline}} other {# days}}")).containsExactly("count", "deadline");
    }

    private static Properties load(String path) {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
