package uk.police.complaints.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The HTML the server sends, before a browser repairs it, passes the W3C Nu Html Checker with no error, in English
 * and Welsh: every page the start page leads to, the error pages, and every page, error state and refused file of
 * the walks that between them reach every journey page. It runs over plain HTTP, with no browser, so it adds
 * seconds, not minutes; and it shares {@link EveryPageIsAccessibleTest}'s portal, so no second one is started.
 */
@ServedPortal
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryServedPageIsValidHtmlTest {

    @LocalServerPort
    int port;

    private final NuHtmlChecker checker = new NuHtmlChecker();
    private int validated;
    /** Each warning's words, without where it was, and how often it was given. */
    private final Map<String, Integer> warnings = new TreeMap<>();

    @AfterAll
    void report() {
        AccessibilityReport.write();
        System.out.println("Nu Html Checker: " + validated + " served pages and states validated, "
                + warnings.values().stream().mapToInt(Integer::intValue).sum() + " warnings: " + warnings);
    }

    @TestFactory
    Stream<DynamicTest> everyPageAndErrorPageIsValidHtmlInBothLanguages() {
        List<String> paths = new ArrayList<>(new PageDiscovery(origin()).pathsFrom("/"));
        assertThat(paths).as("pages found from the start page").hasSizeGreaterThanOrEqualTo(9);
        paths.addAll(PageState.NOT_LINKED);
        paths.add("/no-such-page");
        paths.add(FailingPage.PATH);
        List<DynamicTest> tests = new ArrayList<>();
        for (String language : PageChecks.LANGUAGES) {
            for (String path : paths) {
                String withLanguage = path + (path.contains("?") ? "&" : "?") + "lang=" + language;
                tests.add(DynamicTest.dynamicTest(path + " in " + language, () ->
                        assertValid(path, language, new HttpVisitor(origin()).get(withLanguage))));
            }
            tests.add(DynamicTest.dynamicTest("a POST refused for its missing CSRF token, in " + language, () ->
                    assertValid("POST without CSRF token", language, new HttpVisitor(origin())
                            .post("/know-your-rights?lang=" + language, List.of(), false, Map.of()))));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyJourneyPageErrorStateAndRefusedFileIsValidHtmlInBothLanguages() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JourneyWalk walk : JourneyWalk.REACHING_EVERY_PAGE) {
            for (String language : PageChecks.LANGUAGES) {
                tests.add(DynamicTest.dynamicTest(walk + " in " + language, () -> {
                    Set<String> passed = new ServedJourneyWalker(origin()).walk(walk.start(), language,
                            walk.choices(), (state, page) -> assertValid(state, language, page));
                    assertThat(new ArrayList<>(passed)).as("pages walked").last().isEqualTo(walk.end());
                }));
            }
        }
        return tests.stream();
    }

    private void assertValid(String state, String language, HttpVisitor.Served page) {
        NuHtmlChecker.Verdict verdict = checker.check(page.html());
        validated++;
        verdict.warnings().forEach(warning -> warnings.merge(warning.replaceFirst("^line \\d+, column \\d+: ", ""), 1,
                Integer::sum));
        AccessibilityReport.recordValidation(state, language, verdict.errors().size(), verdict.warnings().size());
        assertThat(verdict.errors()).as(state + " in " + language + " (HTTP " + page.status() + "): Nu Html Checker errors")
                .isEmpty();
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
