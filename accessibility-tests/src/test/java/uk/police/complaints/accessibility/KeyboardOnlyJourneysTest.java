package uk.police.complaints.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person who uses only the keyboard completes the complaint journey (in English and Welsh with JavaScript on, and
 * in Welsh with it off), the review journey and a survey: no click anywhere, a visible focus indicator at every
 * stop, forms that Shift+Tab goes back through in order, and after sending a page unanswered, a way to the error
 * from the keyboard. The pages and stops are listed in the accessibility report.
 */
@ServedPortal
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyboardOnlyJourneysTest {

    private static final JourneyWalk COMPLAINT = JourneyWalk.toConfirmation("complaint", Choices.first());
    private static final JourneyWalk REVIEW = JourneyWalk.toConfirmation("review", Choices.first());
    private static final JourneyWalk SURVEY = JourneyWalk.survey("service-feedback", "satisfaction", Choices.first());

    @LocalServerPort
    int port;

    @RegisterExtension
    static final Browsers WITH_JAVASCRIPT = Browsers.withJavaScript();
    @RegisterExtension
    static final Browsers WITHOUT_JAVASCRIPT = Browsers.withoutJavaScript();

    private final Browser withJavaScript = WITH_JAVASCRIPT.one();
    private final Browser withoutJavaScript = WITHOUT_JAVASCRIPT.one();

    @TestFactory
    Stream<DynamicTest> everyJourneyCanBeCompletedWithTheKeyboardAloneWithFocusAlwaysVisible() {
        // Each walk takes half a minute: the pages are the same in both languages, so only the complaint has both.
        return Stream.of(
                keyboardWalk(COMPLAINT, "en", true),
                keyboardWalk(COMPLAINT, "cy", true),
                keyboardWalk(COMPLAINT, "cy", false),
                keyboardWalk(REVIEW, "en", true),
                keyboardWalk(SURVEY, "en", true));
    }

    private DynamicTest keyboardWalk(JourneyWalk walk, String language, boolean javaScript) {
        return DynamicTest.dynamicTest(walk + " in " + language + " with JavaScript " + (javaScript ? "on" : "off"),
                () -> walk(walk, language, javaScript));
    }

    private void walk(JourneyWalk walk, String language, boolean javaScript) {
        Browser browser = javaScript ? withJavaScript : withoutJavaScript;
        KeyboardJourneyWalker walker = new KeyboardJourneyWalker(browser);
        KeyboardJourneyWalker.Walked walked = walker.walk("http://localhost:" + port, walk.start(), language,
                walk.choices(), path -> {
                    if (javaScript) {
                        errorSummaryHasFocusAndLeadsToTheField(browser, walker);
                    } else {
                        errorSummaryIsTheFirstStopInTheMainContent(browser, walker);
                    }
                });
        assertThat(walked.pages()).as("pages walked with the keyboard").last().isEqualTo(walk.end());
        AccessibilityReport.recordKeyboardWalk(walk.toString(), language, javaScript, walked.pages().size(),
                walked.focusStops());
    }

    /** GOV.UK Frontend moves focus to the error summary; its link moves focus to the question to put right. */
    private static void errorSummaryHasFocusAndLeadsToTheField(Browser browser, KeyboardJourneyWalker walker) {
        assertThat(browser.script("return document.activeElement.classList.contains('govuk-error-summary')"))
                .as("focus on the error summary after sending the page unanswered").isEqualTo(true);
        walker.checkFocusDrawn();
        press(browser, Keys.TAB);
        WebElement link = browser.driver().switchTo().activeElement();
        assertThat(browser.script("return arguments[0].closest('.govuk-error-summary') !== null", link))
                .as("Tab from the summary reaches its first error").isEqualTo(true);
        walker.checkFocusDrawn();
        String field = link.getDomAttribute("href").substring(1);
        press(browser, Keys.ENTER);
        assertThat(browser.script("return document.activeElement.id")).as("the error's link moves focus to its field")
                .isEqualTo(field);
    }

    /**
     * With no script, nothing moves focus, and the summary is announced as an alert: after the skip link, the back
     * link and the summary's first error are the first stops in the main content, before any question.
     */
    private static void errorSummaryIsTheFirstStopInTheMainContent(Browser browser, KeyboardJourneyWalker walker) {
        assertThat(browser.script("return document.activeElement === document.body"))
                .as("focus where a new page leaves it").isEqualTo(true);
        assertThat(browser.script("return document.querySelector('.govuk-error-summary [role=alert]') !== null"))
                .as("the error summary is announced").isEqualTo(true);
        press(browser, Keys.TAB);
        assertThat(browser.script("return document.activeElement.classList.contains('govuk-skip-link')")).isEqualTo(true);
        walker.checkFocusDrawn();
        press(browser, Keys.ENTER);
        press(browser, Keys.TAB);
        assertThat(browser.script("return document.activeElement.classList.contains('govuk-back-link')"))
                .as("the first stop after the skip link").isEqualTo(true);
        walker.checkFocusDrawn();
        press(browser, Keys.TAB);
        assertThat(browser.script("return document.activeElement.closest('.govuk-error-summary') !== null"))
                .as("the next stop is the summary's first error").isEqualTo(true);
        walker.checkFocusDrawn();
    }

    private static void press(Browser browser, CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }
}
