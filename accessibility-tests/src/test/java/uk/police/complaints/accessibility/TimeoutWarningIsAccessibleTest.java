package uk.police.complaints.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.complaints.portal.PortalApplication;

/**
 * The timeout warning (WCAG 2.2.1) in a real browser, in both languages at both widths: it opens as a modal dialog
 * with focus on its heading, passes axe, and gives more time from the keyboard alone (Tab and Enter, or Escape),
 * asking the server to extend the session. The session here is set to warn a few seconds after a page opens.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.reactive.session.timeout=10m", "portal.sessions.warn-before=597s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeoutWarningIsAccessibleTest {

    @LocalServerPort
    int port;

    @RegisterExtension
    static final Browsers BROWSERS = Browsers.withJavaScript();

    private final Browser browser = BROWSERS.one();
    private final PageChecks checks = new PageChecks(browser);
    private final WebDriver driver = browser.driver();

    @TestFactory
    Stream<DynamicTest> theTimeoutWarningIsAnAccessibleDialogThatGivesMoreTimeFromTheKeyboard() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String language : PageChecks.LANGUAGES) {
            tests.add(DynamicTest.dynamicTest("timeout warning in " + language, () -> warnAndExtend(language)));
        }
        return tests.stream();
    }

    private void warnAndExtend(String language) {
        driver.manage().deleteAllCookies();
        browser.open(origin() + "/complaint/before-you-start?lang=" + language);
        browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        waitForTheWarning();
        assertThat(browser.script("return document.activeElement.id")).as("focus on the dialog's heading")
                .isEqualTo("timeout-warning-heading");
        assertThat((String) browser.script("return document.getElementById('timeout-warning-text').textContent"))
                .as("the warning says when the answers will be deleted").matches(".*\\d{1,2}:\\d{2}.*");
        checks.atEveryWidth(language);

        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(browser.script("return document.activeElement.className")).asString()
                .contains("app-timeout-warning__extend");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        browser.waitUntil(ignored -> keepAlives() == 1);
        assertThat(dialogOpen()).as("more time closes the dialog").isFalse();

        waitForTheWarning();
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        browser.waitUntil(ignored -> keepAlives() == 2);
        assertThat(driver.getCurrentUrl()).as("Escape gives more time too, on the same page")
                .contains("/complaint/who-is-complaining");
    }

    private void waitForTheWarning() {
        browser.waitUntil(ignored -> dialogOpen());
    }

    private boolean dialogOpen() {
        return Boolean.TRUE.equals(browser.script(
                "return document.querySelector('[data-module=\"app-timeout-warning\"]').open"));
    }

    /** How many times this page asked the server for more time, and was given it. */
    private long keepAlives() {
        return (Long) browser.script("return performance.getEntriesByType('resource')"
                + ".filter(entry => entry.name.endsWith('/session/keep-alive') && entry.responseStatus === 204).length");
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
