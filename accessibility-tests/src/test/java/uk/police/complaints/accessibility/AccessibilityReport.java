package uk.police.complaints.accessibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every page state the suite checks, and what axe-core found, in one Markdown file for people to read:
 * {@code accessibility-tests/target/accessibility-report.md}. Each test class rewrites it with all it knows so far,
 * so the file is whole when the run ends.
 */
final class AccessibilityReport {

    static final Path FILE = Path.of("target", "accessibility-report.md");

    private record Row(String url, String language, int width, int violations, String rules) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    private AccessibilityReport() {
    }

    static synchronized void record(String url, String language, int width, int violations, String rules) {
        ROWS.add(new Row(url, language, width, violations, rules));
    }

    static synchronized int scanned() {
        return ROWS.size();
    }

    static synchronized void write() {
        long failing = ROWS.stream().filter(row -> row.violations() > 0).count();
        StringBuilder report = new StringBuilder("# Accessibility report\n\n")
                .append(ROWS.size()).append(" page states scanned with axe-core (WCAG 2.2 A and AA); ")
                .append(failing).append(" with violations.\n\n")
                .append("| page | language | width | violations |\n| --- | --- | --- | --- |\n");
        ROWS.forEach(row -> report.append("| ").append(row.url().replace("|", "%7C")).append(" | ")
                .append(row.language()).append(" | ").append(row.width()).append(" px | ")
                .append(row.violations() == 0 ? "none" : row.violations() + ": " + row.rules()).append(" |\n"));
        try {
            Files.createDirectories(FILE.toAbsolutePath().getParent());
            Files.writeString(FILE, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
