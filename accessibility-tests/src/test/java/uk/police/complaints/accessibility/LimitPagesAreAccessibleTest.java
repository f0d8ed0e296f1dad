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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.complaints.portal.PortalApplication;

/**
 * The pages of the limits people should never meet, in both languages at every width: a journey page sent back
 * too soon (shown again with a notice), a form too large (413), and a client over its post limit (429). This
 * instance's limits are set so low that a browser meets each in turn: every post is too soon, and the fifth from
 * this client is one too many.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.automation.min-time-on-page=1h", "portal.automation.posts-per-client=4"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LimitPagesAreAccessibleTest {

    private static final String PAGE = "/complaint/before-you-start";
    private static final By CONTINUE = By.cssSelector("form button.govuk-button");

    @LocalServerPort
    int port;

    @RegisterExtension
    static final Browsers BROWSERS = Browsers.withJavaScript();

    private final Browser browser = BROWSERS.one();
    private final PageChecks checks = new PageChecks(browser);

    /** In this order: the posts of the first two states use up the client's limit, so the third meets it. */
    @TestFactory
    Stream<DynamicTest> everyLimitPageMeetsWcag22AaInBothLanguages() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String language : PageChecks.LANGUAGES) {
            tests.add(DynamicTest.dynamicTest("a page sent back too soon, in " + language, () -> {
                open(language);
                browser.clickAndWaitForNextPage(CONTINUE);
                assertThat(browser.driver().findElements(By.cssSelector(".govuk-notification-banner"))).hasSize(1);
                checks.atEveryWidth(language);
            }));
        }
        for (String language : PageChecks.LANGUAGES) {
            tests.add(DynamicTest.dynamicTest("a form too large, in " + language, () -> {
                open(language);
                browser.script("""
                        const pasted = document.createElement('input');
                        pasted.type = 'hidden';
                        pasted.name = 'pasted';
                        pasted.value = 'x'.repeat(300000);
                        document.querySelector('form').appendChild(pasted);""");
                browser.clickAndWaitForNextPage(CONTINUE);
                assertTheLinkLeadsBackToThePage();
                checks.atEveryWidth(language);
            }));
        }
        for (String language : PageChecks.LANGUAGES) {
            tests.add(DynamicTest.dynamicTest("too many posts, in " + language, () -> {
                open(language);
                browser.clickAndWaitForNextPage(CONTINUE);
                assertTheLinkLeadsBackToThePage();
                checks.atEveryWidth(language);
            }));
        }
        return tests.stream();
    }

    private void open(String language) {
        browser.useWidth(PageChecks.WIDTHS.get(PageChecks.WIDTHS.size() - 1));
        browser.open("http://localhost:" + port + PAGE + "?lang=" + language);
    }

    private void assertTheLinkLeadsBackToThePage() {
        assertThat(browser.driver().findElement(By.cssSelector("main a.govuk-link")).getDomAttribute("href"))
                .isEqualTo(PAGE);
    }
}
