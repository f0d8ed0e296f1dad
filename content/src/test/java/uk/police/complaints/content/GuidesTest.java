package uk.police.complaints.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.police.complaints.i18n.Language;

/**
 * The content checks for the know-your-rights guides: every guide in both languages with the same structure,
 * complete front matter, related guides that exist, links inside the portal only to guides or pages people can
 * reach, and English a young person reads easily (Flesch reading ease of at least 60). Headings that skip a
 * level and images without alt text are refused when a page is rendered, so a library that loads has neither.
 */
class GuidesTest {

    private static final Set<String> GUIDES = Set.of("stop-and-search", "stopped-in-a-vehicle", "being-arrested",
            "strip-searches", "use-of-force-and-taser", "how-to-complain", "your-right-to-a-review", "getting-help");
    private static final Set<String> TOPICS = Set.of("your-rights", "stop-and-search", "arrest-and-custody", "force",
            "complaints", "getting-help");
    /** The portal's own pages a guide may link to, besides other guides and the written pages. */
    private static final Set<String> PORTAL_PAGES = Set.of("/", "/complaint/before-you-start",
            "/review/before-you-start", "/know-your-rights", "/give-feedback");
    private static final Pattern STRUCTURE = Pattern.compile(
            "<(h2|h3|ul|ol|li|p|details|div class=\"govuk-(?:inset|warning)-text\")\\b|href=\"([^\"]*)\"");
    private static final Pattern LINK = Pattern.compile("href=\"([^\"]*)\"");

    private final ContentLibrary guides = ContentLibrary.load("guides");
    private final ContentLibrary pages = ContentLibrary.load("pages");

    @Test
    void everyGuideIsWrittenInBothLanguages() {
        assertThat(guides.slugs()).containsAll(GUIDES);
    }

    @Test
    void everyGuideHasCompleteFrontMatterWithKnownTopicsAndRelatedGuidesThatExist() {
        for (String slug : guides.slugs()) {
            for (Language language : Language.values()) {
                ContentPage guide = guides.find(slug, language).orElseThrow();
                String where = slug + " in " + language.tag();
                assertThat(guide.audience()).as(where + " audience").isNotBlank();
                assertThat(guide.summary().length()).as(where + " summary length").isBetween(20, 160);
                assertThat(guide.topics()).as(where + " topics").isNotEmpty().allMatch(TOPICS::contains);
                assertThat(guide.related()).as(where + " related").isNotEmpty().allMatch(guides.slugs()::contains)
                        .doesNotContain(slug);
            }
            ContentPage english = guides.find(slug, Language.ENGLISH).orElseThrow();
            ContentPage welsh = guides.find(slug, Language.WELSH).orElseThrow();
            assertThat(welsh.topics()).as(slug + " topics in both languages").isEqualTo(english.topics());
            assertThat(welsh.related()).as(slug + " related in both languages").isEqualTo(english.related());
            assertThat(welsh.sensitive()).as(slug + " sensitive in both languages").isEqualTo(english.sensitive());
        }
    }

    @Test
    void welshAndEnglishGuidesHaveTheSameHeadingsListsComponentsAndLinks() {
        for (String slug : guides.slugs()) {
            List<String> english = structure(guides.find(slug, Language.ENGLISH).orElseThrow().html());
            List<String> welsh = structure(guides.find(slug, Language.WELSH).orElseThrow().html());
            assertThat(welsh).as("structure of %s in Welsh and English", slug).isEqualTo(english);
            assertThat(guides.find(slug, Language.WELSH).orElseThrow().html())
                    .as("%s in Welsh is not a copy of the English", slug)
                    .isNotEqualTo(guides.find(slug, Language.ENGLISH).orElseThrow().html());
        }
    }

    @Test
    void linksInsideThePortalLeadToPagesThatExist() {
        for (String slug : guides.slugs()) {
            for (Language language : Language.values()) {
                Matcher link = LINK.matcher(guides.find(slug, language).orElseThrow().html());
                while (link.find()) {
                    String href = link.group(1);
                    if (href.startsWith("/")) {
                        assertThat(exists(href)).as(slug + " in " + language.tag() + " links to " + href).isTrue();
                    } else {
                        assertThat(href).as(slug + " links outside the portal only over https").startsWith("https://");
                    }
                }
            }
        }
    }

    @Test
    void englishForYoungPeopleIsEasyToRead() {
        for (String slug : guides.slugs()) {
            ContentPage guide = guides.find(slug, Language.ENGLISH).orElseThrow();
            if (guide.audience().equals("young people")) {
                assertThat(ReadingEase.ofHtml(guide.html())).as("Flesch reading ease of " + slug)
                        .isGreaterThanOrEqualTo(ReadingEase.YOUNG_PEOPLE_MINIMUM);
            }
        }
    }

    private boolean exists(String href) {
        String path = href.replaceAll("[?#].*", "");
        if (PORTAL_PAGES.contains(path)) {
            return true;
        }
        if (path.startsWith("/know-your-rights/")) {
            return guides.slugs().contains(path.substring("/know-your-rights/".length()));
        }
        return pages.slugs().contains(path.substring(1));
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
