package uk.police.complaints.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.police.complaints.portal.PortalApplication;

/**
 * The checks every page passes would fail a page with a missing label, a missing language or faint text (the page
 * is left out of the report, which lists the portal's own pages).
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({FailingPage.class, BrokenPage.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TheSuiteCatchesRegressionsTest {

    @LocalServerPort
    int port;

    private Browser browser;
    private PageChecks checks;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
        checks = new PageChecks(browser);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void aPageWithAnUnlabelledFieldNoLanguageAndFaintTextIsReported() {
        browser.useWidth(1280);
        browser.driver().get("http://localhost:" + port + BrokenPage.PATH);
        assertThat(checks.violations()).as("what the suite asserts is empty on every page")
                .extracting(Rule::getId).contains("label", "html-has-lang", "color-contrast");
    }
}
