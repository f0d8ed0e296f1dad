package uk.police.complaints.i18n.translation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files the strings live in: the English and Welsh message bundles, and the content Markdown files
 * ({@code <folder>/<slug>.en.md} and {@code .cy.md}). Strings are read in pairs; only the Welsh side is written.
 */
public record TranslationSources(Path messagesDirectory, Path contentDirectory) {

    private static final String ENGLISH_MESSAGES = "messages.properties";
    private static final String WELSH_MESSAGES = "messages_cy.properties";
    private static final String ENGLISH_MARKDOWN = ".en.md";
    private static final String WELSH_MARKDOWN = ".cy.md";

    /** The repository's layout seen from the i18n module's folder; the content module sits beside it. */
    public static TranslationSources inModule(Path moduleDirectory) {
        return new TranslationSources(moduleDirectory.resolve("src/main/resources/messages"),
                moduleDirectory.resolve("../content/src/main/resources/content").normalize());
    }

    /** Every message key in the order of the English bundle, then every part of every content file. */
    public List<BilingualString> read() {
        List<BilingualString> strings = new ArrayList<>();
        Map<String, String> welshMessages = PropertiesFile.read(messagesDirectory.resolve(WELSH_MESSAGES)).values();
        PropertiesFile.read(messagesDirectory.resolve(ENGLISH_MESSAGES)).values().forEach((key, english) -> strings.add(
                new BilingualString(new StringId(StringId.MESSAGES, key), english, welshMessages.get(key))));
        for (String file : contentFiles()) {
            Map<String, String> english = MarkdownFile.parse(read(markdown(file, ENGLISH_MARKDOWN))).parts();
            Map<String, String> welsh = MarkdownFile.parse(read(markdown(file, WELSH_MARKDOWN))).parts();
            if (!english.keySet().equals(welsh.keySet())) {
                throw new IllegalStateException(file + " has other parts in English " + english.keySet() + " than in Welsh "
                        + welsh.keySet() + ": give both languages the same front matter and blocks");
            }
            english.forEach((part, text) -> strings.add(new BilingualString(new StringId(file, part), text, welsh.get(part))));
        }
        return strings;
    }

    /** Writes the given Welsh strings; a file is rewritten only if its text changes. */
    public void writeWelsh(Map<StringId, String> welsh) {
        Map<String, Map<String, String>> byFile = new LinkedHashMap<>();
        welsh.forEach((id, text) -> byFile.computeIfAbsent(id.file(), file -> new LinkedHashMap<>()).put(id.unit(), text));
        byFile.forEach((file, changes) -> {
            if (file.equals(StringId.MESSAGES)) {
                Path path = messagesDirectory.resolve(WELSH_MESSAGES);
                PropertiesFile before = PropertiesFile.read(path);
                PropertiesFile after = before.withValues(changes);
                writeIfChanged(path, before.text(), after.text());
            } else {
                Path path = markdown(file, WELSH_MARKDOWN);
                String before = read(path);
                writeIfChanged(path, before, MarkdownFile.parse(before).withParts(changes).text());
            }
        });
    }

    /** Content files as {@code <folder>/<slug>}, in name order. */
    private List<String> contentFiles() {
        if (!Files.isDirectory(contentDirectory)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(contentDirectory)) {
            return paths.filter(path -> path.getFileName().toString().endsWith(ENGLISH_MARKDOWN))
                    .map(path -> contentDirectory.relativize(path).toString().replace('\\', '/'))
                    .map(name -> name.substring(0, name.length() - ENGLISH_MARKDOWN.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path markdown(String file, String suffix) {
        Path path = contentDirectory.resolve(file + suffix);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " is missing: every content file is written in both languages");
        }
        return path;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeIfChanged(Path path, String before, String after) {
        if (before.equals(after)) {
            return;
        }
        try {
            Files.writeString(path, after, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
