package uk.police.complaints.accessibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * axe-core in the browser, run the lean way: its source is read once per run and given to each browser once, to
 * evaluate in every document it opens from then on (and in the one open now); a scan is one script that asks for
 * violations only and gives back just what a failure message needs. axe-core-selenium's {@code AxeBuilder} instead
 * sends the 560 KB source with every scan, finishes in an extra window and converts the full results (passes and
 * all): about 20 WebDriver commands and over a megabyte for each scan.
 */
final class Axe {

    /** The WCAG 2.2 A and AA rules: the full set, run once for each state and language. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /**
     * The rules among those whose outcome hangs on layout, which a change of width alone can change: colours where
     * text is drawn, the size and spacing of targets, boxes that scroll, and links told apart from the text around
     * them. Every other rule reads the DOM and what is hidden, which {@link PageChecks} fingerprints at each width.
     */
    static final List<String> LAYOUT_RULES = List.of("color-contrast", "target-size", "scrollable-region-focusable",
            "link-in-text-block");

    /** One violation: the rule, its help text, and each element it found, as axe's selector and the element's HTML. */
    record Violation(String id, String help, List<String> elements) {
    }

    private static final String SOURCE = read("axe.min.js");

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            if (typeof axe === 'undefined') {
              done('no axe');
              return;
            }
            axe.run(document, {runOnly: {type: arguments[0], values: arguments[1]}, resultTypes: ['violations']})
              .then(results => done(results.violations.map(rule => ({id: rule.id, help: rule.help,
                elements: rule.nodes.map(node => JSON.stringify(node.target) + ' ' + node.html)}))))
              .catch(error => done('axe failed: ' + error));""";

    private static final String RULES_WITH_TAGS = "return axe.getRules(arguments[0]).map(rule => rule.ruleId);";

    private Axe() {
    }

    /** What the full WCAG 2.2 A and AA rule set finds on the page as it is now. */
    static List<Violation> everyRule(Browser browser) {
        return run(browser, "tag", WCAG_22_AA);
    }

    /** What the rules that depend on layout find on the page as it is now, at its present width. */
    static List<Violation> layoutRules(Browser browser) {
        return run(browser, "rule", LAYOUT_RULES);
    }

    /** The ids of the rules that carry any of these tags, in the axe-core the browsers run. */
    @SuppressWarnings("unchecked")
    static List<String> rulesTagged(Browser browser, List<String> tags) {
        loadInto(browser);
        return (List<String>) browser.script(RULES_WITH_TAGS, tags);
    }

    @SuppressWarnings("unchecked")
    private static List<Violation> run(Browser browser, String kind, List<String> values) {
        Object found = Timings.time(Timings.Phase.AXE, () -> browser.asyncScript(RUN, kind, values));
        if ("no axe".equals(found)) {
            loadInto(browser);
            found = Timings.time(Timings.Phase.AXE, () -> browser.asyncScript(RUN, kind, values));
        }
        if (!(found instanceof List<?> violations)) {
            throw new IllegalStateException(browser.driver().getCurrentUrl() + ": " + found);
        }
        return violations.stream().map(violation -> (Map<String, Object>) violation)
                .map(violation -> new Violation((String) violation.get("id"), (String) violation.get("help"),
                        (List<String>) violation.get("elements")))
                .toList();
    }

    /**
     * Puts axe-core into the document open now, and, the first time for this browser, asks the browser to evaluate
     * it in every document it opens after.
     */
    private static void loadInto(Browser browser) {
        Timings.time(Timings.Phase.AXE, () -> {
            if (browser.markFirst("axe preloaded")) {
                browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SOURCE));
            }
            return browser.script("if (typeof axe === 'undefined') {" + SOURCE + "\n}");
        });
    }

    private static String read(String resource) {
        try (InputStream source = Axe.class.getClassLoader().getResourceAsStream(resource)) {
            if (source == null) {
                throw new IllegalStateException(resource + " is missing: it comes in axe-core-selenium's jar");
            }
            return new String(source.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
