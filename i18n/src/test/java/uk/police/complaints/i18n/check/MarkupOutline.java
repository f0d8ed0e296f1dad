package uk.police.complaints.i18n.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marks in a string that a translation keeps, whatever its words: line by line, the Markdown of headings, list
 * items and components ({@code ::: details}); and anywhere, in any order (Welsh word order differs), bold markers,
 * link and image targets and HTML tags.
 *
 * @param lines the marks that start lines, in order
 * @param inline the marks inside lines, sorted
 */
record MarkupOutline(List<String> lines, List<String> inline) {

    private static final Pattern LINE_MARK = Pattern.compile(
            "(?m)^(?:(#{1,6})[ \\t]|([ \\t]*(?:[-*+]|\\d+[.)]))[ \\t]|(:::(?:[ \\t]*[a-z]+)?))");
    private static final Pattern INLINE_MARK = Pattern.compile(
            "(\\*\\*|__)|!?\\[[^\\]]*\\]\\(([^)\\s]+)[^)]*\\)|<(/?[a-zA-Z][a-zA-Z0-9]*)(?=[\\s/>])");

    static MarkupOutline of(String text) {
        List<String> lines = new ArrayList<>();
        Matcher line = LINE_MARK.matcher(text);
        while (line.find()) {
            lines.add(line.group(1) != null ? line.group(1)
                    : line.group(2) != null ? line.group(2).replaceAll("\\d+", "1") : line.group(3));
        }
        List<String> inline = new ArrayList<>();
        Matcher mark = INLINE_MARK.matcher(text);
        while (mark.find()) {
            inline.add(mark.group(1) != null ? mark.group(1)
                    : mark.group(2) != null ? "(" + mark.group(2) + ")" : "<" + mark.group(3) + ">");
        }
        inline.sort(null);
        return new MarkupOutline(List.copyOf(lines), List.copyOf(inline));
    }
}
