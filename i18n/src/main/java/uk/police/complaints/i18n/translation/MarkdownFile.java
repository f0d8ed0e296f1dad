package uk.police.complaints.i18n.translation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A content file cut into the parts a translator translates: the {@code title}, {@code summary} and
 * {@code audience} of its front matter, and each block of its body ({@code block-1}, {@code block-2}...: the lines
 * between blank lines, such as a heading, a paragraph, a list, or a component's first line with its first
 * paragraph). Everything else (other front matter, blank lines, line endings) is kept as it is, so the parts put
 * back together give the file byte for byte. Blocks are numbered, so both languages of a page must have the same
 * blocks, as the content checks already ask.
 */
public final class MarkdownFile {

    private static final Set<String> TRANSLATED_FIELDS = Set.of("title", "summary", "audience");
    private static final Pattern LINE = Pattern.compile("([^\\r\\n]*)(\\r\\n|\\r|\\n|\\z)");
    private static final Pattern FIELD = Pattern.compile("(([A-Za-z][\\w-]*):[ \\t]*)(.*?)([ \\t]*)");
    private static final Pattern BLANK_LINE = Pattern.compile("(^|\\R)[ \\t]*(\\R|$)");
    private static final String FENCE = "---";

    /** A run of the file: a translated part ({@code part} is its name) or text kept as it is (no part). */
    private record Piece(String part, String text) {
    }

    private record Line(String text, String ending) {
    }

    private final List<Piece> pieces;

    private MarkdownFile(List<Piece> pieces) {
        this.pieces = List.copyOf(pieces);
    }

    public static MarkdownFile parse(String text) {
        List<Line> lines = lines(text);
        List<Piece> pieces = new ArrayList<>();
        int index = 0;
        if (!lines.isEmpty() && lines.get(0).text().strip().equals(FENCE)) {
            keep(pieces, lines.get(0));
            index = 1;
            while (index < lines.size() && !lines.get(index).text().strip().equals(FENCE)) {
                frontMatterLine(pieces, lines.get(index++));
            }
            if (index < lines.size()) {
                keep(pieces, lines.get(index++));
            }
        }
        int block = 0;
        while (index < lines.size()) {
            if (lines.get(index).text().isBlank()) {
                keep(pieces, lines.get(index++));
                continue;
            }
            StringBuilder blockText = new StringBuilder(lines.get(index).text());
            while (index + 1 < lines.size() && !lines.get(index + 1).text().isBlank()) {
                blockText.append(lines.get(index).ending()).append(lines.get(++index).text());
            }
            pieces.add(new Piece("block-" + ++block, blockText.toString()));
            pieces.add(new Piece(null, lines.get(index++).ending()));
        }
        return new MarkdownFile(pieces);
    }

    /** The translated parts by name, in the order of the file. */
    public Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        pieces.stream().filter(piece -> piece.part() != null).forEach(piece -> parts.put(piece.part(), piece.text()));
        return Collections.unmodifiableMap(parts);
    }

    /** This file with some parts' text replaced; every other byte stays as it was. */
    public MarkdownFile withParts(Map<String, String> changes) {
        Map<String, String> unknown = new LinkedHashMap<>(changes);
        unknown.keySet().removeAll(parts().keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no such parts in this file: " + unknown.keySet());
        }
        changes.forEach((part, text) -> whyNotAPart(part, text).ifPresent(reason -> {
            throw new IllegalArgumentException(part + ": " + reason);
        }));
        return new MarkdownFile(pieces.stream()
                .map(piece -> piece.part() != null && changes.containsKey(piece.part())
                        ? new Piece(piece.part(), changes.get(piece.part())) : piece)
                .toList());
    }

    /**
     * Why a text cannot be the given part, if it cannot: a front matter field is one line, and a block has no
     * blank line in it (that would make two blocks, and every block after it would lose its pair).
     */
    public static Optional<String> whyNotAPart(String part, String text) {
        if (text.isBlank()) {
            return Optional.of("it is empty");
        }
        if (TRANSLATED_FIELDS.contains(part)) {
            return text.contains("\n") || text.contains("\r")
                    ? Optional.of("a front matter field is one line") : Optional.empty();
        }
        return BLANK_LINE.matcher(text).find()
                ? Optional.of("a block has no blank lines, or it would become two blocks") : Optional.empty();
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        pieces.forEach(piece -> text.append(piece.text()));
        return text.toString();
    }

    private static void frontMatterLine(List<Piece> pieces, Line line) {
        Matcher field = FIELD.matcher(line.text());
        if (field.matches() && TRANSLATED_FIELDS.contains(field.group(2)) && !field.group(3).isEmpty()) {
            pieces.add(new Piece(null, field.group(1)));
            pieces.add(new Piece(field.group(2), field.group(3)));
            pieces.add(new Piece(null, field.group(4) + line.ending()));
        } else {
            keep(pieces, line);
        }
    }

    private static void keep(List<Piece> pieces, Line line) {
        pieces.add(new Piece(null, line.text() + line.ending()));
    }

    /** Each line as its text and its ending ("" for a last line without one). */
    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        Matcher line = LINE.matcher(text);
        int from = 0;
        while (from < text.length() && line.find(from)) {
            lines.add(new Line(line.group(1), line.group(2)));
            from = line.end();
        }
        return lines;
    }
}
