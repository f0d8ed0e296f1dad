package uk.police.complaints.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page and error state of "Save and come back later", in both languages at both widths: choosing how, the
 * e-mail and memorable-word pages, the saved page (with its code), the e-mailed link's page, the code form with
 * its wrong tries, and the page after too many. Each way back is also used, so the whole round trip is proven.
 */
@ServedPortal
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SaveAndReturnIsAccessibleTest {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/resume/\\S+)");

    @LocalServerPort
    int port;

    @Value("${portal.delivery.email.directory}")
    Path emails;

    @RegisterExtension
    static final Browsers BROWSERS = Browsers.withJavaScript();

    private final Browser browser = BROWSERS.one();
    private final PageChecks checks = new PageChecks(browser);
    private final WebDriver driver = browser.driver();

    @TestFactory
    Stream<DynamicTest> everySaveAndReturnPageAndErrorStateMeetsWcag22AaInBothLanguages() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String language : PageChecks.LANGUAGES) {
            tests.add(DynamicTest.dynamicTest("saving by e-mail and coming back by the link, in " + language,
                    () -> byEmail(language)));
            tests.add(DynamicTest.dynamicTest("saving with a code and coming back with it, in " + language,
                    () -> byCode(language)));
        }
        return tests.stream();
    }

    private void byEmail(String language) {
        startAComplaintAndSave(language);
        chooseHow("how");
        checks.atEveryWidth(language);
        type("email-address", "not an address");
        continueOn();
        assertErrorShown();
        checks.atEveryWidth(language);
        String address = "a11y+" + UUID.randomUUID() + "@example.com";
        type("email-address", address);
        continueOn();
        assertThat(path()).isEqualTo("/complaint/save-and-return/saved");
        checks.atEveryWidth(language);

        driver.manage().deleteAllCookies();
        browser.open(origin() + linkEmailedTo(address));
        checks.atEveryWidth(language);
        continueOn();
        assertThat(path()).as("the link leads back into the journey").isEqualTo("/complaint/how-affected");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
    }

    private void byCode(String language) {
        startAComplaintAndSave(language);
        chooseHow("how-2");
        checks.atEveryWidth(language);
        type("memorable-word", "abc");
        continueOn();
        assertErrorShown();
        checks.atEveryWidth(language);
        type("memorable-word", "lighthouse");
        continueOn();
        checks.atEveryWidth(language);
        String code = driver.findElement(By.cssSelector(".app-draft-code")).getText();

        driver.manage().deleteAllCookies();
        browser.open(origin() + "/resume?lang=" + language);
        checks.atEveryWidth(language);
        continueOn();
        assertErrorShown();
        checks.atEveryWidth(language);
        type("code", code);
        type("word", "lighthouse");
        continueOn();
        assertThat(path()).as("the code leads back into the journey").isEqualTo("/complaint/how-affected");

        startAComplaintAndSave(language);
        chooseHow("how-2");
        type("memorable-word", "lighthouse");
        continueOn();
        String another = driver.findElement(By.cssSelector(".app-draft-code")).getText();
        driver.manage().deleteAllCookies();
        browser.open(origin() + "/resume?lang=" + language);
        for (int tries = 1; tries <= 5; tries++) {
            type("code", another);
            type("word", "wrong" + tries);
            continueOn();
            if (tries == 1) {
                assertErrorShown();
                checks.atEveryWidth(language);
            }
        }
        assertThat(driver.findElements(By.cssSelector("form"))).as("the draft was deleted: nothing to send").isEmpty();
        checks.atEveryWidth(language);
    }

    /** A new person answers the first question, then asks to save from the second page and sends it empty. */
    private void startAComplaintAndSave(String language) {
        driver.manage().deleteAllCookies();
        browser.open(origin() + "/complaint/before-you-start?lang=" + language);
        continueOn();
        driver.findElement(By.cssSelector("label[for='who-is-complaining']")).click();
        continueOn();
        assertThat(path()).isEqualTo("/complaint/how-affected");
        browser.clickAndWaitForNextPage(By.cssSelector("main form button[value=save]"));
        assertThat(path()).isEqualTo("/complaint/save-and-return");
        checks.atEveryWidth(language);
        continueOn();
        assertErrorShown();
        checks.atEveryWidth(language);
    }

    private void chooseHow(String radio) {
        driver.findElement(By.cssSelector("label[for='" + radio + "']")).click();
        continueOn();
    }

    private void type(String field, String text) {
        driver.findElement(By.id(field)).clear();
        driver.findElement(By.id(field)).sendKeys(text);
    }

    private void continueOn() {
        browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
    }

    private void assertErrorShown() {
        assertThat(driver.findElements(By.cssSelector(".govuk-error-summary"))).as("error summary on " + path())
                .hasSize(1);
    }

    private String linkEmailedTo(String address) {
        browser.waitUntil(ignored -> emailTo(address).isPresent());
        Matcher link = LINK.matcher(emailTo(address).orElseThrow());
        assertThat(link.find()).as("the e-mail has a link back").isTrue();
        return link.group(1);
    }

    /** The e-mail file the portal's file sender wrote for this address, once it has written it. */
    private Optional<String> emailTo(String address) {
        if (!Files.isDirectory(emails)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(emails)) {
            for (Path file : files.filter(found -> found.toString().endsWith(".txt")).toList()) {
                String email = Files.readString(file);
                if (email.startsWith("To: " + address + "\n")) {
                    return Optional.of(email);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
