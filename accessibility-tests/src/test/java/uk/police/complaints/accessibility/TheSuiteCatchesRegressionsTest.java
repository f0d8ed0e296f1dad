package uk.police.complaints.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.police.complaints.portal.PortalApplication;

/**
 * The checks every page passes would fail a page with a missing label, a missing language, faint text, text cut
 * off when spaced out, a focus indicator taken away, or invalid HTML (the page is left out of the report, which
 * lists the portal's own pages).
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({FailingPage.class, BrokenPage.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TheSuiteCatchesRegressionsTest {

    @LocalServerPort
    int port;

    @RegisterExtension
    static final Browsers BROWSERS = Browsers.withJavaScript();

    private final Browser browser = BROWSERS.one();
    private final PageChecks checks = new PageChecks(browser);

    @Test
    void aPageWithAnUnlabelledFieldNoLanguageAndFaintTextIsReported() {
        browser.useWidth(1280);
        browser.driver().get(origin() + BrokenPage.PATH);
        assertThat(checks.violations()).as("what the suite asserts is empty on every page")
                .extracting(Rule::getId).contains("label", "html-has-lang", "color-contrast");
    }

    @Test
    void textCutOffOnceLinesLettersAndWordsAreSpacedOutIsReported() {
        browser.useWidth(1280);
        browser.driver().get(origin() + BrokenPage.PATH);
        assertThat(TextSpacing.clippedText(browser)).as("what the suite asserts is empty on every page")
                .singleElement().asString().contains("Cut off once lines are spaced out");
        assertThat(browser.script("return document.adoptedStyleSheets.length"))
                .as("the text spacing is taken away again").isEqualTo(0L);
    }

    @Test
    void aLinkThatShowsNoFocusIsReported() {
        browser.driver().get(origin() + BrokenPage.PATH);
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

    private String origin() {
        return "http://localhost:" + port;
    }
}
