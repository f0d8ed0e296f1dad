package uk.police.complaints.i18n.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XliffReaderTest {

    @TempDir
    Path folder;

    @Test
    void aUnitATranslationToolSplitIntoSegmentsIsReadWholeAtItsLeastReviewedState() throws Exception {
        Path file = xliff("2.1", "en-GB", "cy-GB", """
                <unit id="start.lead">
                  <segment state="final"><source>One sentence.</source><target>Un frawddeg.</target></segment>
                  <ignorable><source> </source></ignorable>
                  <segment state="reviewed"><source>Two <mrk id="m1" type="comment">sentences</mrk>.</source>\
                <target>Dwy frawddeg.</target></segment>
                </unit>""");

        assertThat(XliffReader.read(file)).containsExactly(new XliffUnit(new StringId("messages", "start.lead"),
                "One sentence. Two sentences.", "Un frawddeg. Dwy frawddeg.", TranslationState.REVIEWED));
    }

    @Test
    void aUnitWithASegmentLeftUntranslatedHasNoTargetAndIsInitial() throws Exception {
        Path file = xliff("2.0", "en", "cy", """
                <unit id="start.lead"><segment><source>One.</source></segment></unit>""");

        assertThat(XliffReader.read(file)).containsExactly(
                new XliffUnit(new StringId("messages", "start.lead"), "One.", null, TranslationState.INITIAL));
    }

    @Test
    void aFileFromAnotherLanguageOrNotXliff2IsRefused() throws Exception {
        assertThatThrownBy(() -> XliffReader.read(xliff("2.0", "en", "fr", "")))
                .hasMessageContaining("is not from English (srcLang en) to Welsh (trgLang cy)");
        Path xliff1 = folder.resolve("old.xlf");
        Files.writeString(xliff1, "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"/>");
        assertThatThrownBy(() -> XliffReader.read(xliff1)).hasMessageContaining("is not an XLIFF 2 file");
    }

    @Test
    void aFileWithADoctypeIsRefusedSoNoEntityIsFetched() throws Exception {
        Path file = folder.resolve("entity.xlf");
        Files.writeString(file, """
                <?xml version="1.0"?>
                <!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="cy"/>""");

        assertThatThrownBy(() -> XliffReader.read(file)).hasMessageContaining("could not be read as XML");
    }

    private Path xliff(String version, String from, String to, String units) throws Exception {
        Path file = folder.resolve("test.xlf");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="%s" srcLang="%s" trgLang="%s">
                  <file id="messages" original="messages">%s</file>
                </xliff>""".formatted(version, from, to, units));
        return file;
    }
}
