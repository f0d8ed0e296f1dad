package uk.police.complaints.i18n.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MarkdownFileTest {

    private static final String GUIDE = """
            ---
            title: Being stopped\t
            summary: What the police must tell you.
            last-reviewed: 2026-11-23
            audience: young people
            topics: stop-and-search
            ---

            A first paragraph.

            ## A heading
            - a list
            - of two

            ::: details A question
            An answer.


            More of it.
            :::
            """;

    @Test
    void titleSummaryAudienceAndEachBlockArePartsInOrder() {
        assertThat(MarkdownFile.parse(GUIDE).parts()).containsExactly(
                Map.entry("title", "Being stopped"),
                Map.entry("summary", "What the police must tell you."),
                Map.entry("audience", "young people"),
                Map.entry("block-1", "A first paragraph."),
                Map.entry("block-2", "## A heading\n- a list\n- of two"),
                Map.entry("block-3", "::: details A question\nAn answer."),
                Map.entry("block-4", "More of it.\n:::"));
    }

    @Test
    void partsPutBackTogetherGiveEveryContentFileByteForByte() throws Exception {
        try (Stream<Path> files = Files.walk(TranslationSources.inModule(Path.of("")).contentDirectory())) {
            for (Path file : files.filter(path -> path.toString().endsWith(".md")).toList()) {
                String text = Files.readString(file);
                assertThat(MarkdownFile.parse(text).text()).as(file.toString()).isEqualTo(text);
                assertThat(MarkdownFile.parse(text).parts()).as(file.toString()).containsKeys("title", "block-1");
            }
        }
    }

    @Test
    void replacingAPartChangesOnlyItsText() {
        MarkdownFile changed = MarkdownFile.parse(GUIDE).withParts(Map.of(
                "title", "Cael eich stopio", "block-2", "## Pennawd\n- rhestr\n- o ddau"));

        assertThat(changed.text()).isEqualTo(GUIDE.replace("Being stopped", "Cael eich stopio")
                .replace("## A heading\n- a list\n- of two", "## Pennawd\n- rhestr\n- o ddau"));
    }

    @Test
    void aBlockWithABlankLineOrAFieldOnTwoLinesIsRefused() {
        MarkdownFile file = MarkdownFile.parse(GUIDE);

        assertThatThrownBy(() -> file.withParts(Map.of("block-1", "Un.\n\nDau.")))
                .hasMessageContaining("block-1: a block has no blank lines");
        assertThatThrownBy(() -> file.withParts(Map.of("title", "Un\nDau")))
                .hasMessageContaining("title: a front matter field is one line");
        assertThatThrownBy(() -> file.withParts(Map.of("block-9", "Naw")))
                .hasMessageContaining("no such parts in this file: [block-9]");
    }
}
