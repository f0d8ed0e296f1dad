package uk.police.complaints.i18n.translation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A copy of the repository's bundles, content files and status file in a temporary folder, laid out as in the
 * repository, so tests that import write to the copy and never to the real resources.
 */
record RepositoryCopy(Path root) {

    static RepositoryCopy in(Path temporaryFolder) {
        RepositoryCopy copy = new RepositoryCopy(temporaryFolder);
        TranslationSources real = TranslationSources.inModule(Path.of(""));
        copyTree(real.messagesDirectory(), copy.sources().messagesDirectory());
        copyTree(real.contentDirectory(), copy.sources().contentDirectory());
        copyTree(Path.of("translation-status.tsv"), copy.statusFile());
        return copy;
    }

    Path module() {
        return root.resolve("i18n");
    }

    TranslationSources sources() {
        return TranslationSources.inModule(module());
    }

    Path statusFile() {
        return module().resolve("translation-status.tsv");
    }

    Path englishMessages() {
        return sources().messagesDirectory().resolve("messages.properties");
    }

    Path welshMessages() {
        return sources().messagesDirectory().resolve("messages_cy.properties");
    }

    Path content(String file) {
        return sources().contentDirectory().resolve(file);
    }

    /** Every file of the copy and its bytes, to compare before and after. */
    Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(Files::isRegularFile).filter(path -> !path.toString().endsWith(".xlf"))
                    .forEach(path -> files.put(root.relativize(path).toString(), read(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static String read(Path path) {
        try {
            return new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
