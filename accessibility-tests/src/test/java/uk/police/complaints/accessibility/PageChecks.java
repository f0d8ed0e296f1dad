package uk.police.complaints.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What every page state must pass, wherever the suite reaches it, at every width: axe-core's WCAG 2.2 A and AA rules,
 * the right {@code <html lang>}, one h1 and a title, no text cut off with WCAG's text spacing, and nothing scrolling
 * sideways at 320 px.
 *
 * <p>A state is loaded once and checked at each width by resizing the browser, widest first. The full axe rule set
 * runs at the widest; at the others, the rules that depend on layout ({@link Axe#LAYOUT_RULES}), unless the page
 * differs there from the widest, in its DOM or in which elements show (a menu folded away on a phone, say): then the
 * full set runs at that width too. A state whose DOM (less its CSRF token) was checked already, by any walk or test
 * in this run, is listed in the report as the same as the first and not checked again.
 */
final class PageChecks {

    static final List<String> LANGUAGES = List.of("en", "cy");
    /** WCAG reflow width (a small phone), a tablet, and a desktop. */
    static final List<Integer> WIDTHS = List.of(320, 768, 1280);
    /** The same widths, in the order a state is checked in. */
    private static final List<Integer> WIDEST_FIRST = List.of(1280, 768, 320);
    private static final int WIDEST = WIDEST_FIRST.get(0);

    /**
     * The page's DOM, less what differs on every request (the CSRF token), and which elements show: what the rules
     * other than the layout ones read. The DOM is serialised with the token blanked and put back, so nothing changes.
     */
    private static final String STATE = """
            const tokens = Array.from(document.querySelectorAll('input[type=hidden][name=_csrf]'));
            const values = tokens.map(token => token.value);
            tokens.forEach(token => token.setAttribute('value', ''));
            const dom = document.documentElement.outerHTML;
            tokens.forEach((token, i) => token.setAttribute('value', values[i]));
            const shows = Array.from(document.body.querySelectorAll('*'), element => element.checkVisibility(
              {visibilityProperty: true, opacityProperty: true, contentVisibilityAuto: true}) ? '1' : '0').join('');
            return {dom: dom, shows: shows};""";

    private final Browser browser;
    private final boolean reported;

    private PageChecks(Browser browser, boolean reported) {
        this.browser = browser;
        this.reported = reported;
    }

    PageChecks(Browser browser) {
        this(browser, true);
    }

    /** Checks whose scans are left out of the report, which lists the portal's own pages: for pages broken on purpose. */
    static PageChecks leftOutOfTheReport(Browser browser) {
        return new PageChecks(browser, false);
    }

    /** Checks the page as it is now at each width, unless its DOM was checked already; ends at the widest. */
    void atEveryWidth(String language) {
        String url = browser.driver().getCurrentUrl();
        browser.useWidth(WIDEST);
        Map<String, String> widest = state();
        String firstSeenAt = ScannedStates.firstSeenAt(language, widest.get("dom"), url);
        if (firstSeenAt != null) {
            if (reported) {
                AccessibilityReport.recordRepeat(url, language, firstSeenAt);
            }
            return;
        }
        for (int width : WIDEST_FIRST) {
            browser.useWidth(width);
            boolean everyRule = width == WIDEST || !state().equals(widest);
            atThisWidth(url, language, width, everyRule);
        }
        browser.useWidth(WIDEST);
    }

    private void atThisWidth(String url, String language, int width, boolean everyRule) {
        String where = url + " at " + width + "px: ";
        List<Axe.Violation> violations = everyRule ? Axe.everyRule(browser) : Axe.layoutRules(browser);
        List<String> clipped = Timings.time(Timings.Phase.LAYOUT_CHECKS, () -> TextSpacing.clippedText(browser));
        if (reported) {
            AccessibilityReport.record(url, language, width, everyRule, violations.size(),
                    violations.stream().map(Axe.Violation::id).collect(Collectors.joining(", ")), clipped.size());
        }
        if (everyRule) {
            assertThat(browser.script("return document.documentElement.lang")).as(where + "lang").isEqualTo(language);
            assertThat(browser.driver().getTitle()).as(where + "page title").isNotBlank();
            assertThat(browser.script("return document.querySelectorAll('h1').length")).as(where + "h1 elements")
                    .isEqualTo(1L);
        }
        assertThat(violations).as(() -> where + "axe violations:\n" + describe(violations)).isEmpty();
        assertThat(clipped).as(where + "text cut off with WCAG 1.4.12 text spacing").isEmpty();
        if (width == 320) {
            nothingScrollsSideways();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> state() {
        return Timings.time(Timings.Phase.LAYOUT_CHECKS, () -> (Map<String, String>) browser.script(STATE));
    }

    private void nothingScrollsSideways() {
        Number overflow = Timings.time(Timings.Phase.LAYOUT_CHECKS, () -> (Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"));
        assertThat(overflow.intValue()).as("pixels the page scrolls sideways at 320px").isLessThanOrEqualTo(0);
    }

    private static String describe(List<Axe.Violation> violations) {
        return violations.stream()
                .map(rule -> rule.id() + " (" + rule.help() + "): " + String.join("; ", rule.elements()))
                .collect(Collectors.joining("\n"));
    }
}
