package uk.police.complaints.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import uk.police.complaints.i18n.Language;

/**
 * Turns a Markdown file with front matter into a {@link ContentPage}: GOV.UK Frontend classes are added
 * while rendering, so authors write plain Markdown (and the components in {@link ContentComponents}), and the
 * result passes through the sanitiser. A page whose headings skip a level, or whose image has no alt text, is
 * refused: the portal does not start with it.
 */
final class MarkdownPageRenderer {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R.*?\\R---[ \\t]*\\R?", Pattern.DOTALL);

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
        YamlFrontMatterVisitor frontMatter = new YamlFrontMatterVisitor();
        parser.parse(markdown).accept(frontMatter);
        Map<String, List<String>> fields = frontMatter.getData();
        String where = slug + "." + language.tag() + ".md";
        String body = FRONT_MATTER.matcher(markdown).replaceFirst("");
        HeadingOrder headings = new HeadingOrder(where);
        String html = ContentComponents.render(body, language, chunk -> {
            Node document = parser.parse(chunk);
            document.accept(headings);
            return renderer.render(document);
        }, where);
        return new ContentPage(slug, language,
                required(fields, "title", where),
                required(fields, "summary", where),
                reviewDate(fields, where),
                optional(fields, "audience"),
                list(fields, "topics"),
                list(fields, "related"),
                Boolean.parseBoolean(optional(fields, "sensitive")),
                sanitiser.sanitise(html));
    }

    /** Headings start at level 2 (the title is the only h1), stop at 3, and a 3 comes only under a 2. */
    private static final class HeadingOrder extends AbstractVisitor {

        private final String where;
        private boolean underALevelTwo;

        HeadingOrder(String where) {
            this.where = where;
        }

        @Override
        public void visit(Heading heading) {
            switch (heading.getLevel()) {
                case 2 -> underALevelTwo = true;
                case 3 -> {
                    if (!underALevelTwo) {
                        throw new IllegalStateException(where + ": a level 3 heading comes before any level 2");
                    }
                }
                default -> throw new IllegalStateException(
                        where + ": content headings start at level 2 (the title is the h1) and stop at level 3");
            }
            visitChildren(heading);
        }

        @Override
        public void visit(Image image) {
            if (image.getFirstChild() == null) {
                throw new IllegalStateException(where + ": an image has no alt text");
            }
            visitChildren(image);
        }
    }

    private static LocalDate reviewDate(Map<String, List<String>> fields, String where) {
        String written = required(fields, "last-reviewed", where);
        try {
            return LocalDate.parse(written);
        } catch (DateTimeParseException notADate) {
            // Refused like every other mistake in a page, naming the file: the parser's message names no file.
            throw new IllegalStateException(where + ": last-reviewed '" + written + "' is not a date (2026-11-23)",
                    notADate);
        }
    }

    private static String required(Map<String, List<String>> fields, String name, String where) {
        String value = optional(fields, name);
        if (value.isEmpty()) {
            throw new IllegalStateException(where + " has no '" + name + "' in its front matter");
        }
        return value;
    }

    private static String optional(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0).strip();
    }

    private static List<String> list(Map<String, List<String>> fields, String name) {
        String value = optional(fields, name);
        return value.isEmpty() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
    }

    private static String govukClass(Node node) {
        if (node instanceof Heading heading) {
            return heading.getLevel() == 2 ? "govuk-heading-m" : "govuk-heading-s";
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
