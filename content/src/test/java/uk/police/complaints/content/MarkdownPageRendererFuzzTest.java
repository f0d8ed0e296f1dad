package uk.police.complaints.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.police.complaints.i18n.Language;

/**
 * Whatever a content file says, it is refused (the portal does not start with it) or rendered to HTML made only of
 * the elements and attributes the sanitiser allows: no script, style, frame or event handler, no link to a
 * {@code javascript:} or {@code data:} address; and sanitising it again takes nothing out.
 */
class MarkdownPageRendererFuzzTest {

    private static final String FRONT_MATTER = """
            ---
            title: Prawf
            summary: A page to test.
            last-reviewed: 2026-11-23
            ---
            """;
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("h2", Set.of("class")), Map.entry("h3", Set.of("class")), Map.entry("p", Set.of("class")),
            Map.entry("ul", Set.of("class")), Map.entry("ol", Set.of("class")), Map.entry("li", Set.of("class")),
            Map.entry("a", Set.of("class", "href")), Map.entry("strong", Set.of("class")),
            Map.entry("em", Set.of("class")), Map.entry("br", Set.of("class")), Map.entry("div", Set.of("class")),
            Map.entry("span", Set.of("class", "aria-hidden")), Map.entry("details", Set.of("class")),
            Map.entry("summary", Set.of("class")), Map.entry("img", Set.of("class", "src", "alt")));
    /**
     * The sanitiser writes every tag this way: a name, then attributes each with a double-quoted value. It also
     * writes an empty comment between two braces, so that "{{" never reaches a template engine.
     */
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z0-9]+)((?: [a-z-]+=\"[^\"<>]*\")*) ?/?>");
    private static final String EMPTY_COMMENT = "<!-- -->";
    /**
     * Sanitising again takes nothing out, but it may change two things, which are left out when comparing: a value
     * holding a backtick (which old Internet Explorer read as a quote) may get another space at its end; and where a
     * stray list item made it open a list inside a paragraph, it closes the paragraph first, so end tags move.
     */
    private static final Pattern BACKTICK_VALUE_END = Pattern.compile("(=\"[^\"]*&#96;[^\"]*?) *\"");
    private static final Pattern END_TAG = Pattern.compile("</[a-z0-9]+>");
    private static final Pattern ATTRIBUTE = Pattern.compile(" ([a-z-]+)=\"([^\"]*)\"");
    /** An allowed scheme, or none: no colon before the path, query or fragment. */
    private static final Pattern SAFE_ADDRESS = Pattern.compile("(?is)(?:https:|mailto:|tel:).*|[^:/?#]*(?:[/?#].*)?");
    private static final Map<String, String> NAMED_REFERENCES = Map.of("amp", "&", "quot", "\"", "lt", "<",
            "gt", ">", "apos", "'");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(x?)([0-9a-fA-F]+);|&(amp|quot|lt|gt|apos);");

    private final MarkdownPageRenderer renderer = new MarkdownPageRenderer();
    private final ContentSanitiser sanitiser = new ContentSanitiser();

    /** Input: the page's Markdown under valid front matter, in UTF-8. */
    @FuzzTest(maxDuration = "2m")
    void anyPageBodyRendersToAllowedMarkupOnly(byte[] input) {
        renderedOrRefused(FRONT_MATTER + new String(input, StandardCharsets.UTF_8));
    }

    /** Input: the whole content file, front matter and all, in UTF-8. */
    @FuzzTest(maxDuration = "2m")
    void anyContentFileRendersToAllowedMarkupOrIsRefused(byte[] input) {
        renderedOrRefused(new String(input, StandardCharsets.UTF_8));
    }

    private void renderedOrRefused(String markdown) {
        ContentPage page;
        try {
            page = renderer.render("fuzzed", Language.WELSH, markdown);
        } catch (IllegalStateException refused) {
            return;
        }
        String html = page.html();
        assertThat(asCompared(sanitiser.sanitise(html))).isEqualTo(asCompared(html));
        assertOnlyAllowedMarkup(html);
    }

    private static String asCompared(String html) {
        return END_TAG.matcher(BACKTICK_VALUE_END.matcher(html).replaceAll("$1\"")).replaceAll("");
    }

    /** An attribute's value as a browser reads it, character references replaced. */
    private static String unescaped(String value) {
        return CHARACTER_REFERENCE.matcher(value).replaceAll(reference -> Matcher.quoteReplacement(
                reference.group(3) != null ? NAMED_REFERENCES.get(reference.group(3)) : Character.toString(
                        Integer.parseInt(reference.group(2), reference.group(1).isEmpty() ? 10 : 16))));
    }

    private static void assertOnlyAllowedMarkup(String html) {
        Matcher tag = TAG.matcher(html);
        int from = 0;
        while (from < html.length()) {
            int next = html.indexOf('<', from);
            if (next < 0) {
                break;
            }
            if (html.startsWith(EMPTY_COMMENT, next)) {
                from = next + EMPTY_COMMENT.length();
                continue;
            }
            if (!tag.find(next) || tag.start() != next) {
                fail("markup the sanitiser does not write, at %d: %s", next, html);
            }
            String element = tag.group(2);
            assertThat(ALLOWED).as(html).containsKey(element);
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                assertThat(ALLOWED.get(element)).as(html).contains(attribute.group(1));
                if (Set.of("href", "src").contains(attribute.group(1))) {
                    assertThat(unescaped(attribute.group(2)).strip()).as(html).matches(SAFE_ADDRESS);
                }
            }
            from = tag.end();
        }
    }
}
