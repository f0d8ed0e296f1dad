package uk.police.complaints.i18n.translation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UTF-8 {@code .properties} file (what {@code ResourceBundle} reads since Java 9) that can have values changed
 * in place: comments, blank lines, order and every untouched line stay exactly as they were, byte for byte.
 * Lines are read as {@link java.util.Properties} reads them: comments start with {@code #} or {@code !}, a line
 * ending in an odd number of backslashes goes on, and keys end at an unescaped {@code =}, {@code :} or space.
 */
public final class PropertiesFile {

    private static final Pattern PHYSICAL_LINE = Pattern.compile("[^\\r\\n]*(\\r\\n|\\r|\\n|\\z)");

    private final List<String> lines;
    private final Map<String, Entry> entries;

    /** A key's value, where it sits, and the text before the value (indent, key and separator) kept on rewrite. */
    private record Entry(String value, int firstLine, int lastLine, String prefix) {
    }

    private PropertiesFile(List<String> lines) {
        this.lines = List.copyOf(lines);
        this.entries = parse(this.lines);
    }

    public static PropertiesFile parse(String text) {
        List<String> lines = new ArrayList<>();
        Matcher line = PHYSICAL_LINE.matcher(text);
        while (line.find() && line.end() > line.start()) {
            lines.add(line.group());
            if (line.end() == text.length()) {
                break;
            }
        }
        return new PropertiesFile(lines);
    }

    public static PropertiesFile read(Path path) {
        try {
            return parse(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every key and its value, in the order of the file. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        entries.forEach((key, entry) -> values.put(key, entry.value()));
        return Collections.unmodifiableMap(values);
    }

    /**
     * This file with the given values: a key already here has its line rewritten only if its value changes;
     * a new key is added at the end.
     */
    public PropertiesFile withValues(Map<String, String> changes) {
        List<String> edited = new ArrayList<>(lines);
        List<Entry> rewritten = new ArrayList<>();
        List<String> added = new ArrayList<>();
        changes.forEach((key, value) -> {
            Entry entry = entries.get(key);
            if (entry == null) {
                added.add(PropertiesSyntax.escapeKey(key) + '=' + PropertiesSyntax.escapeValue(value));
            } else if (!entry.value().equals(value)) {
                rewritten.add(new Entry(value, entry.firstLine(), entry.lastLine(), entry.prefix()));
            }
        });
        // From the bottom up, so folding a continued value into one line leaves the earlier line numbers valid.
        rewritten.sort((a, b) -> Integer.compare(b.firstLine(), a.firstLine()));
        for (Entry entry : rewritten) {
            String ending = lineEnding(edited.get(entry.lastLine()));
            edited.subList(entry.firstLine(), entry.lastLine() + 1).clear();
            edited.add(entry.firstLine(), entry.prefix() + PropertiesSyntax.escapeValue(entry.value()) + ending);
        }
        if (!added.isEmpty()) {
            String ending = lineEnding(lines.isEmpty() ? "\n" : lines.get(0));
            if (!edited.isEmpty() && lineEnding(edited.get(edited.size() - 1)).isEmpty()) {
                edited.set(edited.size() - 1, edited.get(edited.size() - 1) + ending);
            }
            added.forEach(line -> edited.add(line + ending));
        }
        return new PropertiesFile(edited);
    }

    public String text() {
        return String.join("", lines);
    }

    public void write(Path path) {
        try {
            Files.writeString(path, text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Entry> parse(List<String> lines) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        int index = 0;
        while (index < lines.size()) {
            String content = withoutEnding(lines.get(index));
            String stripped = content.stripLeading();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                index++;
                continue;
            }
            int first = index;
            StringBuilder logical = new StringBuilder(content);
            while (endsInOddBackslashes(logical) && index + 1 < lines.size()) {
                logical.setLength(logical.length() - 1);
                logical.append(withoutEnding(lines.get(++index)).stripLeading());
            }
            if (endsInOddBackslashes(logical)) {
                logical.setLength(logical.length() - 1);
            }
            addEntry(entries, logical.toString(), first, index);
            index++;
        }
        return entries;
    }

    private static void addEntry(Map<String, Entry> entries, String logical, int first, int last) {
        int keyStart = 0;
        while (keyStart < logical.length() && PropertiesSyntax.isSpace(logical.charAt(keyStart))) {
            keyStart++;
        }
        int keyEnd = keyStart;
        while (keyEnd < logical.length() && !PropertiesSyntax.isKeyEnd(logical.charAt(keyEnd))) {
            keyEnd += logical.charAt(keyEnd) == '\\' ? 2 : 1;
        }
        keyEnd = Math.min(keyEnd, logical.length());
        int valueStart = keyEnd;
        while (valueStart < logical.length() && PropertiesSyntax.isSpace(logical.charAt(valueStart))) {
            valueStart++;
        }
        if (valueStart < logical.length() && (logical.charAt(valueStart) == '=' || logical.charAt(valueStart) == ':')) {
            valueStart++;
            while (valueStart < logical.length() && PropertiesSyntax.isSpace(logical.charAt(valueStart))) {
                valueStart++;
            }
        }
        String key = PropertiesSyntax.unescape(logical.substring(keyStart, keyEnd));
        String value = PropertiesSyntax.unescape(logical.substring(valueStart));
        entries.put(key, new Entry(value, first, last, logical.substring(0, valueStart)));
    }

    private static boolean endsInOddBackslashes(CharSequence text) {
        int count = 0;
        for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }

    private static String withoutEnding(String line) {
        return line.substring(0, line.length() - lineEnding(line).length());
    }

    private static String lineEnding(String line) {
        if (line.endsWith("\r\n")) {
            return "\r\n";
        }
        return line.endsWith("\n") || line.endsWith("\r") ? line.substring(line.length() - 1) : "";
    }
}
