package uk.police.complaints.i18n.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PropertiesFileTest {

    private static final String AWKWARD = """
            # a comment
            ! another comment
            plain=value
              indented : with a colon and spaces\s
            spaced   value after spaces
            continued=first part \\
                second part
            escaped=tab\\there, unicode \\u0175, backslash \\\\ and an \\= sign
            key\\ with\\ spaces=yes
            empty=

            last=no line ending""";

    @Test
    void valuesAreReadAsJavaPropertiesReadsThem() throws Exception {
        assertThat(PropertiesFile.parse(AWKWARD).values()).isEqualTo(javaProperties(AWKWARD));
        for (String bundle : new String[] {"messages.properties", "messages_cy.properties"}) {
            String text = Files.readString(Path.of("src/main/resources/messages", bundle));
            assertThat(PropertiesFile.parse(text).values()).as(bundle).isEqualTo(javaProperties(text));
        }
    }

    @Test
    void valuesInOrderOfTheFile() {
        assertThat(PropertiesFile.parse(AWKWARD).values().keySet())
                .startsWith("plain", "indented", "spaced", "continued", "escaped");
    }

    @Test
    void changingOneValueRewritesOnlyItsLineAndKeepsItsSeparator() {
        PropertiesFile edited = PropertiesFile.parse(AWKWARD).withValues(Map.of("indented", "newydd â ŵ"));

        assertThat(edited.text()).isEqualTo(AWKWARD.replace("  indented : with a colon and spaces \n",
                "  indented : newydd â ŵ\n"));
    }

    @Test
    void givingEveryKeyItsOwnValueChangesNothing() {
        PropertiesFile file = PropertiesFile.parse(AWKWARD);

        assertThat(file.withValues(file.values()).text()).isEqualTo(AWKWARD);
    }

    @Test
    void aChangedContinuedValueBecomesOneLine() {
        PropertiesFile edited = PropertiesFile.parse(AWKWARD).withValues(Map.of("continued", "un rhan"));

        assertThat(edited.text()).contains("\ncontinued=un rhan\nescaped=").doesNotContain("second part");
    }

    @Test
    void awkwardValuesAreWrittenSoJavaPropertiesReadsThemBackAndWelshStaysReadable() throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("plain", "  leading spaces, a \\ backslash,\na new line, # and ! and = and : signs");
        values.put("last", "ŵ ŷ â ê î ô û ẁ ỳ “quoted” – dash");
        values.put("new.key", "newydd");

        PropertiesFile edited = PropertiesFile.parse(AWKWARD).withValues(values);

        Properties read = javaProperties(edited.text());
        values.forEach((key, value) -> assertThat(read.getProperty(key)).isEqualTo(value));
        assertThat(edited.text()).contains("last=ŵ ŷ â ê î ô û ẁ ỳ “quoted” – dash\nnew.key=newydd\n");
        assertThat(PropertiesFile.parse(edited.text()).values()).isEqualTo(javaProperties(edited.text()));
    }

    private static Properties javaProperties(String text) throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }
}
