package uk.police.complaints.accessibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every page state the suite checks, and what it found, in one Markdown file for people to read:
 * {@code accessibility-tests/target/accessibility-report.md}. Each test class rewrites it with all it knows so far,
 * so the file is whole when the run ends.
 */
final class AccessibilityReport {

    static final Path FILE = Path.of("target", "accessibility-report.md");

    private record Scan(String url, String language, int width, boolean everyRule, int violations, String rules,
            int clipped) {
    }

    private record Repeat(String url, String language, String firstSeenAt) {
    }

    private record KeyboardWalk(String walk, String language, boolean javaScript, int pages, int focusStops) {
    }

    private record Validation(String state, String language, int errors, int warnings) {
    }

    private static final List<Scan> SCANS = new ArrayList<>();
    private static final List<Repeat> REPEATS = new ArrayList<>();
    private static final List<KeyboardWalk> KEYBOARD_WALKS = new ArrayList<>();
    private static final List<Validation> VALIDATIONS = new ArrayList<>();

    private AccessibilityReport() {
    }

    static synchronized void record(String url, String language, int width, boolean everyRule, int violations,
            String rules, int clipped) {
        SCANS.add(new Scan(url, language, width, everyRule, violations, rules, clipped));
    }

    /** A state reached again, with the same DOM as one checked already at the first address. */
    static synchronized void recordRepeat(String url, String language, String firstSeenAt) {
        REPEATS.add(new Repeat(url, language, firstSeenAt));
    }

    static synchronized void recordKeyboardWalk(String walk, String language, boolean javaScript, int pages,
            int focusStops) {
        KEYBOARD_WALKS.add(new KeyboardWalk(walk, language, javaScript, pages, focusStops));
    }

    static synchronized void recordValidation(String state, String language, int errors, int warnings) {
        VALIDATIONS.add(new Validation(state, language, errors, warnings));
    }

    /** What the run has checked so far, in a sentence for the build's log. */
    static synchronized String summary() {
        return SCANS.size() + " scans with axe-core of "
                + SCANS.stream().filter(scan -> scan.width() == PageChecks.WIDTHS.get(0)).count()
                + " distinct page states, and " + REPEATS.size() + " states reached again";
    }

    static synchronized void write() {
        StringBuilder report = new StringBuilder("# Accessibility report\n\n");
        writeScans(report);
        writeRepeats(report);
        writeKeyboardWalks(report);
        writeValidations(report);
        report.append("\n## Where the time went\n\n").append(Timings.table());
        try {
            Files.createDirectories(FILE.toAbsolutePath().getParent());
            Files.writeString(FILE, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeScans(StringBuilder report) {
        long failing = SCANS.stream().filter(scan -> scan.violations() > 0).count();
        long clipping = SCANS.stream().filter(scan -> scan.clipped() > 0).count();
        long everyRule = SCANS.stream().filter(Scan::everyRule).count();
        report.append(SCANS.stream().filter(scan -> scan.width() == PageChecks.WIDTHS.get(0)).count())
                .append(" distinct page states (a DOM in a language), each checked at ").append(PageChecks.WIDTHS.size())
                .append(" widths: ").append(SCANS.size()).append(" scans with axe-core, ").append(everyRule)
                .append(" of them with every WCAG 2.2 A and AA rule and ").append(SCANS.size() - everyRule)
                .append(" with the rules that depend on layout (the DOM and what shows being as at the widest); ")
                .append(failing).append(" with violations; ").append(clipping)
                .append(" clipping text with WCAG 1.4.12 text spacing. ").append(REPEATS.size())
                .append(" more states were reached again with a DOM checked already (listed below).\n\n")
                .append("| page | language | width | rules | violations | text clipped |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        SCANS.forEach(scan -> report.append("| ").append(scan.url().replace("|", "%7C")).append(" | ")
                .append(scan.language()).append(" | ").append(scan.width()).append(" px | ")
                .append(scan.everyRule() ? "all" : "layout").append(" | ")
                .append(scan.violations() == 0 ? "none" : scan.violations() + ": " + scan.rules()).append(" | ")
                .append(scan.clipped() == 0 ? "none" : scan.clipped()).append(" |\n"));
    }

    private static void writeRepeats(StringBuilder report) {
        if (REPEATS.isEmpty()) {
            return;
        }
        report.append("\n## States reached again\n\n")
                .append("Each with the same DOM (less its CSRF token) as a state checked already, at the address given.\n\n")
                .append("| page | language | same as |\n| --- | --- | --- |\n");
        REPEATS.forEach(repeat -> report.append("| ").append(repeat.url().replace("|", "%7C")).append(" | ")
                .append(repeat.language()).append(" | ").append(repeat.firstSeenAt().replace("|", "%7C"))
                .append(" |\n"));
    }

    private static void writeKeyboardWalks(StringBuilder report) {
        if (KEYBOARD_WALKS.isEmpty()) {
            return;
        }
        report.append("\n## Keyboard only\n\n")
                .append(KEYBOARD_WALKS.stream().mapToInt(KeyboardWalk::focusStops).sum())
                .append(" focus stops reached with Tab, arrow keys or a script's move, each with GOV.UK's focus")
                .append(" indicator drawn; Shift+Tab went back through every form in order.\n\n")
                .append("| walk | language | JavaScript | pages | focus stops |\n| --- | --- | --- | --- | --- |\n");
        KEYBOARD_WALKS.forEach(walk -> report.append("| ").append(walk.walk()).append(" | ").append(walk.language())
                .append(" | ").append(walk.javaScript() ? "on" : "off").append(" | ").append(walk.pages())
                .append(" | ").append(walk.focusStops()).append(" |\n"));
    }

    private static void writeValidations(StringBuilder report) {
        if (VALIDATIONS.isEmpty()) {
            return;
        }
        long failing = VALIDATIONS.stream().filter(validation -> validation.errors() > 0).count();
        report.append("\n## Served HTML\n\n").append(VALIDATIONS.size())
                .append(" pages and states, as the server sent them, checked with the Nu Html Checker; ")
                .append(failing).append(" with errors; ")
                .append(VALIDATIONS.stream().mapToInt(Validation::warnings).sum()).append(" warnings.\n\n")
                .append("| page or state | language | errors | warnings |\n| --- | --- | --- | --- |\n");
        VALIDATIONS.forEach(validation -> report.append("| ").append(validation.state().replace("|", "%7C"))
                .append(" | ").append(validation.language()).append(" | ").append(validation.errors()).append(" | ")
                .append(validation.warnings()).append(" |\n"));
    }
}
