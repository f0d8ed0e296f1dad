package uk.police.complaints.accessibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The checks every page passes would fail a page with a missing label, a missing language, faint text, text cut
 * off when spaced out, a focus indicator taken away, or invalid HTML; and the sweep's shortcuts (one load per
 * state, the layout rules alone at narrower widths, a DOM checked once) still fail a page broken only on a phone
 * or only in Welsh. The pages are left out of the report, which lists the portal's own pages.
 */
@ServedPortal
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TheSuiteCatchesRegressionsTest {

    @LocalServerPort
    int port;

    @RegisterExtension
    static final Browsers BROWSERS = Browsers.withJavaScript();

    private final Browser browser = BROWSERS.one();

    @Test
    void aPageWithAnUnlabelledFieldNoLanguageAndFaintTextIsReported() {
        browser.useWidth(1280);
        browser.open(origin() + BrokenPage.PATH);
        assertThat(Axe.everyRule(browser)).as("what the suite asserts is empty on every page")
                .extracting(Axe.Violation::id).contains("label", "html-has-lang", "color-contrast");
    }

    /** The sweep runs only the layout rules at 320 px where the page shows what it shows at the widest. */
    @Test
    void textTooFaintOnlyOnAPhoneIsReportedAt320Px() {
        assertThatThrownBy(() -> sweep(BrokenPage.FAINT_ON_A_PHONE, "en")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("at 320px").hasMessageContaining("color-contrast");
    }

    /** The sweep runs every rule at 320 px where the page shows something it does not show at the widest. */
    @Test
    void aFieldWithoutALabelShownOnlyOnAPhoneIsReportedAt320Px() {
        assertThatThrownBy(() -> sweep(BrokenPage.UNLABELLED_ON_A_PHONE, "en")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("at 320px").hasMessageContaining("label");
    }

    /** The sweep checks each language's own DOM: a state checked in English is not taken for its Welsh. */
    @Test
    void aFieldWithoutALabelOnlyInWelshIsReportedInWelshAlone() {
        sweep(BrokenPage.UNLABELLED_IN_WELSH, "en");
        assertThatThrownBy(() -> sweep(BrokenPage.UNLABELLED_IN_WELSH, "cy")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("lang=cy at 1280px").hasMessageContaining("label");
    }

    @Test
    void theRulesRunAtOtherWidthsAreAllAmongTheWcag22AaRules() {
        browser.open(origin() + BrokenPage.PATH);
        assertThat(Axe.rulesTagged(browser, Axe.WCAG_22_AA)).containsAll(Axe.LAYOUT_RULES);
    }

    @Test
    void textCutOffOnceLinesLettersAndWordsAreSpacedOutIsReported() {
        browser.useWidth(1280);
        browser.open(origin() + BrokenPage.PATH);
        assertThat(TextSpacing.clippedText(browser)).as("what the suite asserts is empty on every page")
                .singleElement().asString().contains("Cut off once lines are spaced out");
        assertThat(browser.script("return document.adoptedStyleSheets.length"))
                .as("the text spacing is taken away again").isEqualTo(0L);
    }

    @Test
    void aLinkThatShowsNoFocusIsReported() {
        browser.open(origin() + BrokenPage.PATH);
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        FocusIndicator.Look look = new FocusIndicator(browser).ofFocusedElement();
        assertThat(look.element()).contains("A link that shows no focus");
        assertThat(look.changes()).as("what focus changes on the link").isEmpty();
        assertThat(look.drawnInGovukYellow()).as("what the keyboard walks assert at every focus stop").isFalse();
    }

    @Test
    void htmlABrowserWouldRepairSilentlyIsReportedAsTheServerSentIt() {
        NuHtmlChecker.Verdict verdict = new NuHtmlChecker().check(new HttpVisitor(origin()).get(BrokenPage.PATH).html());
        assertThat(verdict.errors()).as("what the suite asserts is empty for every served page")
                .anyMatch(error -> error.contains("Duplicate ID “twice”"))
                .anyMatch(error -> error.contains("Stray end tag “div”"));
    }

    private void sweep(String path, String language) {
        new PageSweep(browser, origin(), PageChecks.leftOutOfTheReport(browser)).check(PageState.page(path), language);
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
