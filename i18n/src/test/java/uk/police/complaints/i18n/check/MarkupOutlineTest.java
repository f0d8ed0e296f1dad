package uk.police.complaints.i18n.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupOutlineTest {

    @Test
    void headingsListsAndComponentsAreKeptInOrderLineByLine() {
        MarkupOutline outline = MarkupOutline.of("""
                ::: details The question
                ## Heading
                - item
                  - nested
                3. numbered
                :::""");

        assertThat(outline.lines()).containsExactly("::: details", "##", "-", "  -", "1.", ":::");
    }

    @Test
    void boldLinksAndTagsAreKeptInAnyOrder() {
        MarkupOutline english = MarkupOutline.of("Read **this** [guide](/a) and <b>[that](/b \"title\")</b>.");
        MarkupOutline welsh = MarkupOutline.of("Darllenwch <b>[hwnnw](/b)</b> a'r [canllaw](/a) **hwn**.");

        assertThat(welsh).isEqualTo(english);
        assertThat(english.inline()).containsExactly("(/a)", "(/b)", "**", "**", "</b>", "<b>");
    }

    @Test
    void aDroppedLinkOrBoldMarkerOrAChangedHeadingLevelIsADifference() {
        MarkupOutline english = MarkupOutline.of("## Read [the guide](/a) **now**");

        assertThat(MarkupOutline.of("## Darllenwch y canllaw **nawr**")).isNotEqualTo(english);
        assertThat(MarkupOutline.of("## Darllenwch [y canllaw](/b) **nawr**")).isNotEqualTo(english);
        assertThat(MarkupOutline.of("## Darllenwch [y canllaw](/a) **nawr")).isNotEqualTo(english);
        assertThat(MarkupOutline.of("### Darllenwch [y canllaw](/a) **nawr**")).isNotEqualTo(english);
    }

    @Test
    void textWithoutMarkupHasAnEmptyOutline() {
        assertThat(MarkupOutline.of("Telephone: {0}, 9am - 5pm. Dyma'r 3 cham.")).isEqualTo(MarkupOutline.of(""));
    }
}
