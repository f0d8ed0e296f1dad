package uk.police.complaints.content;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.police.complaints.i18n.Language;

/**
 * The named components content authors may use without writing HTML, each drawn as GOV.UK Frontend draws it:
 * <pre>
 * ::: warning          ::: inset            ::: details What does "detained" mean?
 * One paragraph.       Paragraphs, lists.   Paragraphs, lists.
 * :::                  :::                  :::
 * </pre>
 * Markdown between and inside them is rendered by the page's Markdown renderer.
 */
final class ContentComponents {

    private static final Pattern COMPONENT = Pattern.compile(
            "(?m)^:::[ \\t]*(\\S+)[ \\t]*(.*?)[ \\t]*\\n(.*?)^:::[ \\t]*$", Pattern.DOTALL);
    private static final Pattern ONE_PARAGRAPH = Pattern.compile("\\A<p class=\"govuk-body\">(.*)</p>\\s*\\z",
            Pattern.DOTALL);

    private ContentComponents() {
    }

    /** Renders the Markdown, drawing each component around its rendered inside. */
    static String render(String markdown, Language language, Function<String, String> renderMarkdown, String where) {
        StringBuilder html = new StringBuilder();
        Matcher component = COMPONENT.matcher(markdown);
        int from = 0;
        while (component.find()) {
            html.append(renderMarkdown.apply(markdown.substring(from, component.start())));
            String inside = renderMarkdown.apply(component.group(3));
            if (inside.contains("<h")) {
                throw new IllegalStateException(where + ": a component cannot hold a heading");
            }
            html.append(draw(component.group(1), component.group(2), inside, language, where));
            from = component.end();
        }
        String rest = markdown.substring(from);
        if (rest.lines().anyMatch(line -> line.startsWith(":::"))) {
            throw new IllegalStateException(where + ": a ':::' line that opens or closes no component");
        }
        return html.append(renderMarkdown.apply(rest)).toString();
    }

    private static String draw(String name, String summary, String inside, Language language, String where) {
        return switch (name) {
            case "warning" -> {
                Matcher paragraph = ONE_PARAGRAPH.matcher(inside);
                if (!paragraph.matches() || paragraph.group(1).contains("<p")) {
                    throw new IllegalStateException(where + ": warning text is one paragraph");
                }
                yield "<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">"
                        + "!</span><strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">"
                        + (language == Language.WELSH ? "Rhybudd" : "Warning") + "</span> " + paragraph.group(1)
                        + "</strong></div>\n";
            }
            case "inset" -> "<div class=\"govuk-inset-text\">" + inside + "</div>\n";
            case "details" -> {
                if (summary.isBlank()) {
                    throw new IllegalStateException(where + ": details needs its summary after '::: details'");
                }
                yield "<details class=\"govuk-details\"><summary class=\"govuk-details__summary\">"
                        + "<span class=\"govuk-details__summary-text\">" + escape(summary) + "</span></summary>"
                        + "<div class=\"govuk-details__text\">" + inside + "</div></details>\n";
            }
            default -> throw new IllegalStateException(where + ": no component called '" + name
                    + "' (there are warning, inset and details)");
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
