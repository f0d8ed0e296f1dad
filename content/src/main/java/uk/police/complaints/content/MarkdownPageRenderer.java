package uk.police.complaints.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import uk.police.complaints.i18n.Language;

/**
 * Turns a Markdown file with front matter into a {@link ContentPage}: GOV.UK Frontend classes are added
 * while rendering, so authors write plain Markdown, and the result passes through the sanitiser.
 */
final class MarkdownPageRenderer {

    private final Parser parser = Parser.builder().extensions(List.of(YamlFrontMatterExtension.create())).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                String govukClass = govukClass(node);
                if (govukClass != null) {
                    attributes.put("class", govukClass);
                }
            })
            .build();
    private final ContentSanitiser sanitiser = new ContentSanitiser();

    ContentPage render(String slug, Language language, String markdown) {
        Node document = parser.parse(markdown);
        YamlFrontMatterVisitor frontMatter = new YamlFrontMatterVisitor();
        document.accept(frontMatter);
        Map<String, List<String>> fields = frontMatter.getData();
        String where = slug + "." + language.tag() + ".md";
        return new ContentPage(slug, language,
                required(fields, "title", where),
                required(fields, "summary", where),
                LocalDate.parse(required(fields, "last-reviewed", where)),
                sanitiser.sanitise(renderer.render(document)));
    }

    private static String required(Map<String, List<String>> fields, String name, String where) {
        List<String> values = fields.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            throw new IllegalStateException(where + " has no '" + name + "' in its front matter");
        }
        return values.get(0).strip();
    }

    private static String govukClass(Node node) {
        if (node instanceof Heading heading) {
            return switch (heading.getLevel()) {
                case 2 -> "govuk-heading-m";
                case 3 -> "govuk-heading-s";
                default -> throw new IllegalStateException(
                        "content headings start at level 2 (the title is the h1) and stop at level 3");
            };
        }
        if (node instanceof Paragraph) {
            return "govuk-body";
        }
        if (node instanceof BulletList) {
            return "govuk-list govuk-list--bullet";
        }
        if (node instanceof OrderedList) {
            return "govuk-list govuk-list--number";
        }
        if (node instanceof Link) {
            return "govuk-link";
        }
        return null;
    }
}
