package uk.police.complaints.i18n.translation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The translators' command line, run through Maven from the repository's root (see i18n/README.md):
 * <pre>
 * ./mvnw -q -pl i18n compile exec:java -Dexec.args="export target/welsh.xlf"
 * </pre>
 * Commands: {@code export <file.xlf>}, {@code import <file.xlf>}, {@code sync} (a row in the status file for every
 * string, and none for strings that are gone) and {@code report} (writes target/translation-status.md and prints
 * the counts; the build runs it). Paths are relative to the i18n module's folder, which Maven passes as the system
 * property {@code i18n.module}.
 */
public final class TranslationTool {

    private static final String USAGE = "usage: export <file.xlf> | import <file.xlf> | sync | report";

    private final Path module;
    private final TranslationSources sources;
    private final Path statusFile;

    TranslationTool(Path module) {
        this.module = module;
        this.sources = TranslationSources.inModule(module);
        this.statusFile = module.resolve("translation-status.tsv");
    }

    public static void main(String[] args) {
        TranslationTool tool = new TranslationTool(Path.of(System.getProperty("i18n.module", ".")));
        System.out.println(tool.run(List.of(args)));
    }

    /** Runs one command and returns what to tell the person who ran it. */
    String run(List<String> args) {
        String command = args.isEmpty() ? "" : args.get(0);
        return switch (command) {
            case "export" -> export(path(args));
            case "import" -> importFile(path(args));
            case "sync" -> sync();
            case "report" -> report();
            default -> throw new IllegalArgumentException(USAGE);
        };
    }

    private String export(Path xliff) {
        List<BilingualString> strings = sources.read();
        XliffExport.write(strings, TranslationStatus.read(statusFile), xliff);
        return "Exported " + strings.size() + " strings to " + shown(xliff);
    }

    private String importFile(Path xliff) {
        WelshImport.Result result = new WelshImport(sources, statusFile).importFile(xliff);
        return "Imported " + shown(xliff) + ": " + result.welshChanged() + " Welsh strings changed, "
                + result.nowReviewed() + " now reviewed, " + result.noLongerReviewed() + " no longer reviewed";
    }

    private String sync() {
        TranslationStatus.read(statusFile).syncedWith(sources.read()).write(statusFile);
        return "Updated " + shown(statusFile);
    }

    private String report() {
        List<BilingualString> strings = sources.read();
        TranslationStatusReport report = new TranslationStatusReport(strings, TranslationStatus.read(statusFile));
        Path file = module.resolve("target/translation-status.md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, report.markdown(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report.countsLine() + ". What still needs review: " + shown(file);
    }

    /** A path as the person who ran the command would type it, from where they ran it. */
    private static Path shown(Path path) {
        return Path.of("").toAbsolutePath().relativize(path.toAbsolutePath()).normalize();
    }

    private Path path(List<String> args) {
        if (args.size() != 2) {
            throw new IllegalArgumentException(USAGE);
        }
        return module.resolve(args.get(1));
    }
}
