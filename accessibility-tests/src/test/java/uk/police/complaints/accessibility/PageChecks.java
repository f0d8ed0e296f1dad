package uk.police.complaints.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;

/**
 * What every page state must pass, wherever the suite reaches it: axe-core's WCAG 2.2 A and AA rules, the right
 * {@code <html lang>}, one h1 and a title, no text cut off with WCAG's text spacing, and nothing scrolling sideways
 * at 320 px.
 */
final class PageChecks {

    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final List<String> LANGUAGES = List.of("en", "cy");
    /** WCAG reflow width (a small phone), a tablet, and a desktop. */
    static final List<Integer> WIDTHS = List.of(320, 768, 1280);

    private final Browser browser;

    PageChecks(Browser browser) {
        this.browser = browser;
    }

    /** Checks the page as it is now at each width, ending at the widest. */
    void atEveryWidth(String language) {
        for (int width : WIDTHS) {
            browser.useWidth(width);
            loadedPage(language, width);
        }
    }

    void loadedPage(String language, int width) {
        String where = browser.driver().getCurrentUrl() + " at " + width + "px: ";
        List<Rule> violations = violations();
        List<String> clipped = TextSpacing.clippedText(browser);
        AccessibilityReport.record(browser.driver().getCurrentUrl(), language, width, violations.size(),
                violations.stream().map(Rule::getId).collect(Collectors.joining(", ")), clipped.size());
        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang")).as(where + "lang")
                .isEqualTo(language);
        assertThat(browser.driver().getTitle()).as(where + "page title").isNotBlank();
        assertThat(browser.driver().findElements(By.tagName("h1"))).as(where + "h1 elements").hasSize(1);
        assertThat(violations).as(() -> where + "axe violations:\n" + describe(violations)).isEmpty();
        assertThat(clipped).as(where + "text cut off with WCAG 1.4.12 text spacing").isEmpty();
        if (width == 320) {
            nothingScrollsSideways();
        }
    }

    /** What axe-core finds wrong on the page as it is now, by the WCAG 2.2 A and AA rules. */
    List<Rule> violations() {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver());
        return results.getViolations();
    }

    private void nothingScrollsSideways() {
        Number overflow = (Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("pixels the page scrolls sideways at 320px").isLessThanOrEqualTo(0);
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getHelp() + "): " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()) + " " + node.getHtml())
                        .collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n"));
    }
}
