package uk.police.complaints.accessibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.police.complaints.portal.session.OwnRedis;
import uk.police.complaints.portal.session.PortalOnRedis;

/**
 * The pages people see while Redis, where sessions are kept, is down, in both languages at every width: a journey
 * page they had just answered, drawn again with their answer and a notice, and a journey page they opened. Redis is
 * the test's own, killed and started again for each language.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutagePagesAreAccessibleTest {

    private static final String PAGE = "/complaint/who-is-complaining";
    private static final By CONTINUE = By.cssSelector("form button.govuk-button");

    @RegisterExtension
    static final Browsers BROWSERS = Browsers.withJavaScript();

    private final Browser browser = BROWSERS.one();
    private final PageChecks checks = new PageChecks(browser);
    private OwnRedis redis;
    private PortalOnRedis portal;
    private String address;
    private URI readiness;

    @BeforeAll
    void startThePortalOnARedisOfItsOwn() {
        redis = OwnRedis.start();
        portal = new PortalOnRedis(redis.port());
        ConfigurableApplicationContext instance = portal.start("--portal.automation.min-time-on-page=0",
                "--management.health.redis.enabled=true",
                "--management.endpoint.health.group.readiness.include=readinessState,r2dbc,redis");
        address = "http://localhost:" + ((WebServerApplicationContext) instance).getWebServer().getPort();
        readiness = URI.create("http://localhost:" + instance.getEnvironment().getProperty("local.management.port")
                + "/actuator/health/readiness");
    }

    @AfterAll
    void stop() {
        try {
            portal.close();
        } finally {
            redis.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyOutagePageMeetsWcag22AaInBothLanguages() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String language : PageChecks.LANGUAGES) {
            tests.add(DynamicTest.dynamicTest("a journey page answered while Redis is down, in " + language, () -> {
                browser.useWidth(PageChecks.WIDTHS.get(PageChecks.WIDTHS.size() - 1));
                browser.open(address + "/complaint/before-you-start?lang=" + language);
                browser.clickAndWaitForNextPage(CONTINUE);
                assertThat(browser.driver().getCurrentUrl()).endsWith(PAGE);
                browser.driver().findElement(By.cssSelector("input[type=radio]")).click();
                redis.kill();
                browser.clickAndWaitForNextPage(CONTINUE);
                assertThat(browser.driver().findElements(By.cssSelector(".govuk-notification-banner"))).hasSize(1);
                assertThat(browser.driver().findElement(By.cssSelector("input[type=radio]")).isSelected()).isTrue();
                checks.atEveryWidth(language);
            }));
            tests.add(DynamicTest.dynamicTest("a journey page opened while Redis is down, in " + language, () -> {
                browser.open(address + PAGE);
                assertThat(browser.driver().findElement(By.cssSelector("main a.govuk-link[href='" + PAGE + "']"))
                        .isDisplayed()).isTrue();
                checks.atEveryWidth(language);
                redis.startAgain();
                awaitReady();
            }));
        }
        return tests.stream();
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> http.send(
                HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }
}
