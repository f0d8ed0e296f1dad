package uk.police.complaints.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page the start page leads to, and every error page, in English and Welsh, at 320, 768 and 1280 px, in a
 * real browser (each state opened once and resized, {@link PageSweep}): no axe-core violation of WCAG 2.2 A and AA,
 * the right {@code <html lang>}, one h1 and a title, nothing scrolling sideways at 320 px, and a language toggle that
 * leads to the same page in the other language.
 * States are checked concurrently, each with a browser of its own, as many browsers as the machine has cores.
 */
@ServedPortal
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageIsAccessibleTest {

    private static final List<String> LANGUAGES = PageChecks.LANGUAGES;
    @RegisterExtension
    static final Browsers BROWSERS = Browsers.withJavaScript(Browsers.ONE_PER_CORE);

    @LocalServerPort
    int port;

    @TestFactory
    @Execution(ExecutionMode.CONCURRENT)
    Stream<DynamicTest> everyPageStateMeetsWcag22AaInBothLanguagesAtPhoneAndDesktopWidths() {
        List<PageState> states = new ArrayList<>();
        new PageDiscovery(origin()).pathsFrom("/").forEach(path -> states.add(PageState.page(path)));
        assertThat(states).as("pages found from the start page").hasSizeGreaterThanOrEqualTo(9);
        states.add(PageState.error("page not found", "/no-such-page"));
        states.add(PageState.error("server error", FailingPage.PATH));
        states.add(PageState.refusedPost("/know-your-rights"));
        PageState.NOT_LINKED.forEach(path -> states.add(PageState.page(path)));

        List<DynamicTest> tests = new ArrayList<>();
        for (PageState state : states) {
            for (String language : LANGUAGES) {
                tests.add(DynamicTest.dynamicTest(state.name() + " in " + language,
                        () -> BROWSERS.use(browser -> new PageSweep(browser, origin()).check(state, language))));
            }
        }
        return tests.stream();
    }

    /**
     * Walks each journey in both languages, choosing every first option, every last, and the choices that lead
     * to where a journey stops, and checks every page it passes, every page's error state when sent empty, and
     * once each page with typed answers sent with one typed wrong, at every width.
     */
    @TestFactory
    @Execution(ExecutionMode.CONCURRENT)
    Stream<DynamicTest> everyJourneyPageAndErrorStateMeetsWcag22AaInBothLanguagesAtPhoneAndDesktopWidths() {
        Set<String> answeredWrongly = ConcurrentHashMap.newKeySet();
        List<DynamicTest> tests = new ArrayList<>();
        for (JourneyWalk walk : JourneyWalk.REACHING_EVERY_PAGE) {
            for (String language : LANGUAGES) {
                tests.add(DynamicTest.dynamicTest(walk + " in " + language, () -> BROWSERS.use(browser -> {
                    PageChecks checks = new PageChecks(browser);
                    JourneyWalker walker = JourneyWalker.throughErrorStates(browser, answeredWrongly);
                    Set<String> passed = walker.walk(origin(), walk.start(), language, walk.choices(), (path, errors) -> {
                        checks.atEveryWidth(language);
                        if (errors) {
                            assertThat(browser.driver().getTitle())
                                    .startsWith(language.equals("cy") ? "Gwall:" : "Error:");
                        }
                    });
                    assertThat(new ArrayList<>(passed)).as("pages walked").last().isEqualTo(walk.end());
                })));
            }
        }
        return tests.stream();
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
