package uk.police.complaints.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** All words a person reads come from the message bundles, so every page exists in Welsh as well as English. */
class TemplatesUseMessageKeysTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-z0-9.-]+)[}(]");
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}");

    @Test
    void noTemplateHoldsTextOfItsOwn() throws IOException {
        Map<Path, String> literalText = new TreeMap<>();
        for (Path template : templates()) {
            String text = Files.readString(template)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<[^>]*>", " ")
                    .replace("&nbsp;", " ")
                    .strip();
            Matcher words = WORDS.matcher(text);
            if (words.find()) {
                literalText.put(template, words.group());
            }
        }
        assertThat(literalText).isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExistsInBothLanguages() throws IOException {
        Properties english = bundle("/messages/messages.properties");
        Properties welsh = bundle("/messages/messages_cy.properties");
        Map<String, Path> missing = new TreeMap<>();
        for (Path template : templates()) {
            Matcher keys = LITERAL_KEY.matcher(Files.readString(template));
            while (keys.find()) {
                if (!english.containsKey(keys.group(1)) || !welsh.containsKey(keys.group(1))) {
                    missing.put(keys.group(1), template);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties bundle(String path) throws IOException {
        try (Reader reader = new InputStreamReader(
                TemplatesUseMessageKeysTest.class.getResourceAsStream(path), StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        }
    }
}
