package uk.police.complaints.i18n.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export and import through the translators' tool, on a copy of the repository's strings. */
class WelshImportTest {

    @TempDir
    Path temporaryFolder;

    private RepositoryCopy repository;
    private TranslationTool tool;
    private Path xliff;

    @BeforeEach
    void exportACopyOfTheRepository() {
        repository = RepositoryCopy.in(temporaryFolder);
        tool = new TranslationTool(repository.module());
        tool.run(List.of("sync"));
        xliff = repository.module().resolve("target/welsh.xlf");
        tool.run(List.of("export", "target/welsh.xlf"));
    }

    @Test
    void importingAnUnchangedExportChangesNoFileByteForByte() {
        Map<String, String> before = repository.files();

        String said = tool.run(List.of("import", "target/welsh.xlf"));

        assertThat(repository.files()).isEqualTo(before);
        assertThat(said).endsWith(": 0 Welsh strings changed, 0 now reviewed, 0 no longer reviewed");
    }

    @Test
    void aChangedWelshTargetChangesOnlyThatValueInItsLine() throws Exception {
        Map<String, String> before = repository.files();
        XliffEditor.open(xliff).target("messages#layout.phase.text", "Gwasanaeth newydd yw hwn – ŵyr ŷd").save();

        tool.run(List.of("import", "target/welsh.xlf"));

        Map<String, String> after = repository.files();
        String welsh = "i18n/src/main/resources/messages/messages_cy.properties";
        assertThat(changedFiles(before, after)).containsExactly(welsh);
        String expected = new String(Files.readAllBytes(repository.welshMessages()), StandardCharsets.UTF_8);
        String original = new String(before.get(welsh).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        assertThat(expected).isEqualTo(original.replace("layout.phase.text=Mae hwn yn wasanaeth newydd.\n",
                "layout.phase.text=Gwasanaeth newydd yw hwn – ŵyr ŷd\n"));
    }

    @Test
    void aChangedContentBlockChangesOnlyThatBlock() throws Exception {
        Path guide = repository.content("guides/stop-and-search.cy.md");
        String before = Files.readString(guide);
        String block = MarkdownFile.parse(before).parts().get("block-8");
        XliffEditor.open(xliff).target("guides/stop-and-search#block-8", "Hyd yn oed bryd hynny, rhaid i'r swyddog"
                + " ddweud y pethau isod wrthych.").save();

        tool.run(List.of("import", "target/welsh.xlf"));

        assertThat(Files.readString(guide)).isEqualTo(before.replace(block,
                "Hyd yn oed bryd hynny, rhaid i'r swyddog ddweud y pethau isod wrthych."));
    }

    @Test
    void aFileWhoseEnglishHasChangedSinceExportIsRefusedNamingTheStrings() throws Exception {
        XliffEditor.open(xliff).target("messages#start.heading", "Cwynion").state("messages#start.heading", "reviewed")
                .save();
        replaceIn(repository.englishMessages(), "start.heading=Police complaints", "start.heading=Complain about the police");
        replaceIn(repository.content("guides/stop-and-search.en.md"), "This guide explains your rights.",
                "This guide tells you your rights.");
        Map<String, String> before = repository.files();

        assertThatThrownBy(() -> tool.run(List.of("import", "target/welsh.xlf")))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("the English has changed since this file was exported")
                .hasMessageContaining("messages#start.heading, guides/stop-and-search#block-1");
        assertThat(repository.files()).isEqualTo(before);
    }

    @Test
    void aFileNamingAStringThatIsGoneIsRefused() throws Exception {
        replaceIn(repository.englishMessages(), "layout.warning=Warning\n", "");

        assertThatThrownBy(() -> tool.run(List.of("import", "target/welsh.xlf")))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("these strings no longer exist: messages#layout.warning");
    }

    @Test
    void unitsReviewedOrFinalAreRecordedAgainstTheirEnglishAndCounted() throws Exception {
        XliffEditor.open(xliff).state("messages#service.name", "reviewed").state("pages/cookies#title", "final").save();

        String said = tool.run(List.of("import", "target/welsh.xlf"));

        String status = Files.readString(repository.statusFile());
        assertThat(status).contains("messages#service.name\treviewed\t" + TranslationStatus.fingerprint("Police complaints")
                + "\n", "pages/cookies#title\tfinal\t" + TranslationStatus.fingerprint("Cookies") + "\n");
        assertThat(said).endsWith(": 0 Welsh strings changed, 2 now reviewed, 0 no longer reviewed");
        int others = repository.sources().read().size() - 2;
        assertThat(tool.run(List.of("report")))
                .startsWith("Welsh strings: " + others + " translated, 1 reviewed, 1 final, 0 needs review");
    }

    @Test
    void aReviewedStringWhoseEnglishChangesNeedsReviewAgainAndIsExportedAsTranslated() throws Exception {
        XliffEditor.open(xliff).state("messages#service.name", "reviewed").save();
        tool.run(List.of("import", "target/welsh.xlf"));
        String statusBefore = Files.readString(repository.statusFile());

        replaceIn(repository.englishMessages(), "service.name=Police complaints", "service.name=Complaints about police");
        tool.run(List.of("export", "target/again.xlf"));

        assertThat(tool.run(List.of("report"))).contains("0 reviewed, 0 final, 1 needs review (source changed)");
        XliffUnit unit = XliffReader.read(repository.module().resolve("target/again.xlf")).stream()
                .filter(found -> found.id().toString().equals("messages#service.name")).findFirst().orElseThrow();
        assertThat(unit.state()).isEqualTo(TranslationState.TRANSLATED);
        assertThat(Files.readString(repository.module().resolve("target/again.xlf")))
                .contains("The English changed after this Welsh was reviewed");
        tool.run(List.of("import", "target/again.xlf"));
        assertThat(Files.readString(repository.statusFile())).isEqualTo(statusBefore);
    }

    @Test
    void newWelshLeftAsTranslatedIsRecordedAsNotReviewed() throws Exception {
        XliffEditor.open(xliff).state("messages#service.name", "final").save();
        tool.run(List.of("import", "target/welsh.xlf"));
        tool.run(List.of("export", "target/welsh.xlf"));
        XliffEditor.open(xliff).target("messages#service.name", "Cwynion am yr heddlu yng Nghymru a Lloegr")
                .state("messages#service.name", "translated").save();

        String said = tool.run(List.of("import", "target/welsh.xlf"));

        assertThat(said).endsWith(": 1 Welsh strings changed, 0 now reviewed, 1 no longer reviewed");
        assertThat(Files.readString(repository.statusFile())).contains("messages#service.name\ttranslated\t-\n");
    }

    @Test
    void aUnitLeftInitialIsNotImported() throws Exception {
        XliffEditor.open(xliff).target("messages#service.name", "Rhywbeth arall").state("messages#service.name", "initial")
                .save();
        Map<String, String> before = repository.files();

        tool.run(List.of("import", "target/welsh.xlf"));

        assertThat(repository.files()).isEqualTo(before);
    }

    @Test
    void welshThatCannotGoBackWhereItCameFromIsRefused() throws Exception {
        XliffEditor.open(xliff).target("guides/stop-and-search#block-1", "Un paragraff.\n\nDau baragraff.")
                .target("messages#service.name", " ").save();

        assertThatThrownBy(() -> tool.run(List.of("import", "target/welsh.xlf")))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("messages#service.name (it is empty)")
                .hasMessageContaining("guides/stop-and-search#block-1 (a block has no blank lines");
    }

    @Test
    void anInlineCodeFromATranslationToolIsRefusedNamingTheUnit() throws Exception {
        XliffEditor.open(xliff).targetInlineCode("messages#layout.title").save();

        assertThatThrownBy(() -> tool.run(List.of("import", "target/welsh.xlf")))
                .hasMessageContaining("messages#layout.title: inline code <ph> is not supported");
    }

    @Test
    void anUnknownCommandSaysHowToUseTheTool() {
        assertThatThrownBy(() -> tool.run(List.of("translate")))
                .hasMessage("usage: export <file.xlf> | import <file.xlf> | sync | report");
    }

    private static List<String> changedFiles(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(file -> !after.get(file).equals(before.get(file))).toList();
    }

    private static void replaceIn(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
