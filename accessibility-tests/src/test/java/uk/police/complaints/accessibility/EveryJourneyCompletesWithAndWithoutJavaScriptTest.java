package uk.police.complaints.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import uk.police.complaints.portal.submission.Reference;
import uk.police.complaints.portal.submission.StoredSubmission;
import uk.police.complaints.portal.submission.SubmissionStore;

/**
 * A person completes every branch of the complaint and review journeys in a real browser, in English and in Welsh, with
 * JavaScript on and with it switched off in the browser, and leaves with a reference that was stored.
 */
@ServedPortal
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryJourneyCompletesWithAndWithoutJavaScriptTest {

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

    /**
     * Between them: on time and late, each review body (and not sure), a review and an appeal, for oneself and on
     * someone's behalf, each way to reply.
     */
    private static List<Choices> reviewBranches() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        return List.of(
                Choices.named("on time with the outcome letter added, to the IOPC, for themselves, by e-mail")
                        .with("outcome-letter", FilesToUpload.letter().toString())
                        .with("had-outcome", "yes").with("recorded-before-2020", "no").with("review-body", "iopc")
                        .with("force", "south-wales-police").with("letter-date-day", String.valueOf(today.getDayOfMonth()))
                        .with("letter-date-month", String.valueOf(today.getMonthValue()))
                        .with("letter-date-year", String.valueOf(today.getYear()))
                        .with("who-is-applying", "myself").with("contact-methods", "email").with("equality-offer", "no"),
                Choices.named("late, not sure who reviews it, on someone's behalf, by phone")
                        .with("had-outcome", "yes").with("recorded-before-2020", "dont-know")
                        .with("review-body", "not-sure").with("force", "gwent-police")
                        .with("who-is-applying", "someone-else").with("permission", "not-yet")
                        .with("contact-methods", "phone"),
                Choices.named("an appeal to the local policing body, by post")
                        .with("had-outcome", "yes").with("recorded-before-2020", "yes")
                        .with("review-body", "local-policing-body").with("force", "dyfed-powys-police")
                        .with("who-is-applying", "myself").with("contact-methods", "post").with("support", "none"));
    }

    /** The copy's file name, by journey and language: words the person can read, nothing personal. */
    private static final Map<String, String> COPY_NAMES = Map.of(
            "/complaint/en", "copy-of-your-complaint.pdf", "/complaint/cy", "copi-o-eich-cwyn.pdf",
            "/review/en", "copy-of-your-review-application.pdf", "/review/cy", "copi-o-eich-cais-am-adolygiad.pdf");

    @LocalServerPort
    int port;

    @Autowired
    SubmissionStore submissions;

    @Autowired
    DatabaseClient database;

    @RegisterExtension
    static final Browsers WITH_JAVASCRIPT = Browsers.withJavaScript();
    @RegisterExtension
    static final Browsers WITHOUT_JAVASCRIPT = Browsers.withoutJavaScript();

    private final Browser withJavaScript = WITH_JAVASCRIPT.one();
    private final Browser withoutJavaScript = WITHOUT_JAVASCRIPT.one();

    @TestFactory
    Stream<DynamicTest> everyComplaintBranchEndsWithAStoredReferenceInBothLanguagesWithJavaScriptOnAndOff() {
        return walks(COMPLAINT_BRANCHES.stream().map(branch -> JourneyWalk.toConfirmation("complaint", branch)).toList());
    }

    @TestFactory
    Stream<DynamicTest> everyReviewBranchEndsWithAStoredReferenceInBothLanguagesWithJavaScriptOnAndOff() {
        return walks(reviewBranches().stream().map(branch -> JourneyWalk.toConfirmation("review", branch)).toList());
    }

    @TestFactory
    Stream<DynamicTest> everySurveyReachesTheBackOfficeInBothLanguagesWithJavaScriptOnAndOff() {
        List<JourneyWalk> surveys = new ArrayList<>();
        for (Choices choices : List.of(Choices.first(), Choices.last())) {
            surveys.add(JourneyWalk.survey("service-feedback", "satisfaction", choices));
            surveys.add(JourneyWalk.survey("your-experience", "before-you-start", choices));
            surveys.add(JourneyWalk.survey("young-people", "before-you-start", choices));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (boolean javaScript : List.of(false, true)) {
            for (String language : List.of("en", "cy")) {
                for (JourneyWalk walk : surveys) {
                    tests.add(DynamicTest.dynamicTest(walk + " in " + language + " with JavaScript "
                            + (javaScript ? "on" : "off"), () -> completeSurvey(walk, language, javaScript)));
                }
            }
        }
        return tests.stream();
    }

    private void completeSurvey(JourneyWalk walk, String language, boolean javaScript) {
        Browser browser = javaScript ? withJavaScript : withoutJavaScript;
        long before = feedbackSent();
        Set<String> passed = JourneyWalker.answeringFirstTime(browser).walk("http://localhost:" + port, walk.start(),
                language, walk.choices(), (path, errors) -> { });
        assertThat(new ArrayList<>(passed)).last().asString().isEqualTo(walk.end());
        assertThat(browser.driver().findElements(By.cssSelector(".govuk-panel__body strong")))
                .as("a survey's thanks shows no reference").isEmpty();
        assertThat(feedbackSent()).as("the response is in the outbox for the back office").isEqualTo(before + 1);
    }

    private long feedbackSent() {
        return database.sql("SELECT COUNT(*) AS n FROM outbox WHERE kind = 'feedback'")
                .map(row -> row.get("n", Long.class)).one().block();
    }

    private Stream<DynamicTest> walks(List<JourneyWalk> walks) {
        List<DynamicTest> tests = new ArrayList<>();
        for (boolean javaScript : List.of(false, true)) {
            for (String language : List.of("en", "cy")) {
                for (JourneyWalk walk : walks) {
                    tests.add(DynamicTest.dynamicTest(walk.choices() + " in " + language + " with JavaScript "
                            + (javaScript ? "on" : "off"), () -> complete(walk, language, javaScript)));
                }
            }
        }
        return tests.stream();
    }

    private void complete(JourneyWalk walk, String language, boolean javaScript) {
        Browser browser = javaScript ? withJavaScript : withoutJavaScript;
        Set<String> passed = JourneyWalker.answeringFirstTime(browser).walk("http://localhost:" + port, walk.start(),
                language, walk.choices(), (path, errors) -> assertThat(browser.driver().findElement(By.tagName("body"))
                        .getDomAttribute("class"))
                        .as(path + ": GOV.UK Frontend's marker that scripts ran")
                        .matches(classes -> javaScript == String.valueOf(classes).contains("js-enabled")));
        assertThat(new ArrayList<>(passed)).last().asString().isEqualTo(walk.end());
        String journey = walk.end().substring(0, walk.end().lastIndexOf('/') + 1);
        walk.choices().values().keySet().stream().filter(field -> !field.startsWith("letter-date-")).forEach(question ->
                assertThat(passed).as("the walk asked " + question + " on its own page").contains(journey + question));

        String shown = browser.driver().findElement(By.cssSelector(".govuk-panel__body strong")).getText();
        Reference reference = Reference.parse(shown).orElseThrow(() -> new AssertionError(shown + " is no reference"));
        StoredSubmission stored = submissions.find(reference).block().orElseThrow();
        assertThat(stored.language().tag()).isEqualTo(language);
        assertThat(stored.message()).as("the language to write in starts as the journey's")
                .contains("\"correspondenceLanguage\":\"" + language + "\"")
                .contains("Prawf ŵ ŷ");
        String copyName = COPY_NAMES.get(journey + language);
        byte[] copy = browser.download(By.cssSelector("a[href$='/confirmation/copy.pdf']"), copyName);
        assertThat(copyText(copy)).as("the copy downloaded from the confirmation page")
                .contains(reference.value(), "Prawf ŵ ŷ");
        if (walk.choices().values().containsKey("outcome-letter")) {
            assertThat(stored.message()).as("the file added in the browser is sent with it")
                    .contains("\"question\":\"outcome-letter\",\"fileName\":\"llythyr-canlyniad-");
        }
    }

    private static String copyText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
