package uk.police.complaints.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.police.complaints.i18n.Language;

class ContentLibraryTest {

    private static final Pattern STRUCTURE = Pattern.compile("<(h2|h3|ul|ol|li|p)\\b|href=\"([^\"]*)\"");

    private final ContentLibrary library = ContentLibrary.load("pages");

    @Test
    void theFooterPagesExistInBothLanguages() {
        assertThat(library.slugs()).contains("accessibility-statement", "privacy-notice", "cookies", "contact");
        for (String slug : library.slugs()) {
            for (Language language : Language.values()) {
                ContentPage page = library.find(slug, language).orElseThrow();
                assertThat(page.title()).isNotBlank();
                assertThat(page.summary()).isNotBlank();
                assertThat(page.html()).isNotBlank();
            }
        }
    }

    @Test
    void welshAndEnglishPagesHaveTheSameHeadingsListsParagraphsAndLinks() {
        for (String slug : library.slugs()) {
            List<String> english = structure(library.find(slug, Language.ENGLISH).orElseThrow().html());
            List<String> welsh = structure(library.find(slug, Language.WELSH).orElseThrow().html());
            assertThat(welsh).as("structure of %s in Welsh and English", slug).isEqualTo(english);
        }
    }

    @Test
    void welshPagesAreNotCopiesOfTheEnglish() {
        for (String slug : library.slugs()) {
            assertThat(library.find(slug, Language.WELSH).orElseThrow().html())
                    .isNotEqualTo(library.find(slug, Language.ENGLISH).orElseThrow().html());
        }
    }

    @Test
    void renderedPagesCarryGovukClasses() {
        String html = library.find("contact", Language.ENGLISH).orElseThrow().html();
        assertThat(html).contains("class=\"govuk-heading-m\"").contains("class=\"govuk-body\"");
    }

    @Test
    void anUnknownPageIsNotFound() {
        assertThat(library.find("no-such-page", Language.WELSH)).isEmpty();
    }

    private static List<String> structure(String html) {
        List<String> parts = new ArrayList<>();
        Matcher matcher = STRUCTURE.matcher(html);
        while (matcher.find()) {
            parts.add(matcher.group(1) != null ? matcher.group(1) : "a:" + matcher.group(2));
        }
        return parts;
    }
}
