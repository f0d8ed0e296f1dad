package uk.police.complaints.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.complaints.portal.PortalApplication;
import uk.police.complaints.portal.submission.Reference;
import uk.police.complaints.portal.submission.StoredSubmission;
import uk.police.complaints.portal.submission.SubmissionStore;

/**
 * A person completes every branch of the complaint journey in a real browser, in English and in Welsh, with
 * JavaScript on and with it switched off in the browser, and leaves with a reference that was stored.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryJourneyCompletesWithAndWithoutJavaScriptTest {

    private static final String COMPLAINT = "/complaint/before-you-start";

    /** Between them: for oneself and on someone's behalf, force known and not, date known and not, each way to reply. */
    private static final List<Choices> COMPLAINT_BRANCHES = List.of(
            Choices.named("for themselves, force known, date known, by e-mail")
                    .with("who-is-complaining", "myself").with("force", "south-wales-police")
                    .with("date-known", "yes").with("contact-methods", "email").with("equality-offer", "no"),
            Choices.named("on someone's behalf without permission yet, force and date unknown, by phone")
                    .with("who-is-complaining", "someone-else").with("relationship", "advocate")
                    .with("permission", "not-yet").with("how-affected", "social-media-or-news")
                    .with("force", "dont-know").with("date-known", "no").with("over-a-year-ago", "yes")
                    .with("contact-methods", "phone").with("support", "interpreter", "other"),
            Choices.named("for themselves, saw it happen, by post, no support needed")
                    .with("who-is-complaining", "myself").with("how-affected", "saw-or-heard")
                    .with("force", "dyfed-powys-police").with("witnesses", "no").with("anyone-hurt", "dont-know")
                    .with("contact-methods", "post").with("support", "none"));

    @LocalServerPort
    int port;

    @Autowired
    SubmissionStore submissions;

    private Browser withJavaScript;
    private Browser withoutJavaScript;

    @BeforeAll
    void startBrowsers() {
        withJavaScript = Browser.start();
        withoutJavaScript = Browser.startWithoutJavaScript();
    }

    @AfterAll
    void stopBrowsers() {
        withJavaScript.close();
        withoutJavaScript.close();
    }

    @TestFactory
    Stream<DynamicTest> everyComplaintBranchEndsWithAStoredReferenceInBothLanguagesWithJavaScriptOnAndOff() {
        List<DynamicTest> tests = new ArrayList<>();
        for (boolean javaScript : List.of(false, true)) {
            for (String language : List.of("en", "cy")) {
                for (Choices branch : COMPLAINT_BRANCHES) {
                    tests.add(DynamicTest.dynamicTest(branch + " in " + language + " with JavaScript "
                            + (javaScript ? "on" : "off"), () -> complete(branch, language, javaScript)));
                }
            }
        }
        return tests.stream();
    }

    private void complete(Choices branch, String language, boolean javaScript) {
        Browser browser = javaScript ? withJavaScript : withoutJavaScript;
        browser.driver().manage().deleteAllCookies();
        Set<String> passed = JourneyWalker.answeringFirstTime(browser).walk("http://localhost:" + port, COMPLAINT, language, branch,
                (path, errors) -> assertThat(browser.driver().findElement(By.tagName("body")).getDomAttribute("class"))
                        .as(path + ": GOV.UK Frontend's marker that scripts ran")
                        .matches(classes -> javaScript == String.valueOf(classes).contains("js-enabled")));
        assertThat(new ArrayList<>(passed)).last().asString().isEqualTo("/complaint/confirmation");
        branch.values().keySet().forEach(question ->
                assertThat(passed).as("the walk asked " + question + " on its own page").contains("/complaint/" + question));

        String shown = browser.driver().findElement(By.cssSelector(".govuk-panel__body strong")).getText();
        Reference reference = Reference.parse(shown).orElseThrow(() -> new AssertionError(shown + " is no reference"));
        StoredSubmission stored = submissions.find(reference).block().orElseThrow();
        assertThat(stored.language().tag()).isEqualTo(language);
        assertThat(stored.message()).as("the language to write in starts as the journey's")
                .contains("\"correspondenceLanguage\":\"" + language + "\"")
                .contains("Prawf ŵ ŷ");
    }
}
