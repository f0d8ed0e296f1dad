package uk.police.complaints.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;
import uk.police.complaints.i18n.Language;

@SpringBootTest(properties = "portal.messages.extra-basenames=test-messages/journey")
@AutoConfigureWebTestClient
@Import(JourneyControllerTest.TrialJourneyConfiguration.class)
class JourneyControllerTest {

    @Autowired
    WebTestClient web;

    private JourneyClient person;

    @BeforeEach
    void startAJourney() {
        person = new JourneyClient(web);
    }

    @Test
    void theFirstPageAsksItsQuestionAsTheHeading() {
        String page = get("/trial/who");
        assertThat(page).contains("<h1 class=\"govuk-fieldset__heading\">Who are you complaining for?</h1>")
                .contains("<title>Who are you complaining for? – Police complaints</title>")
                .contains("type=\"radio\"");
    }

    @Test
    void aJourneyKeepsItsAnswersInAnHttpOnlySameSiteSessionCookie() {
        web.get().uri("/trial/who").exchange()
                .expectCookie().httpOnly("SESSION", true)
                .expectCookie().sameSite("SESSION", "Lax")
                .expectCookie().secure("SESSION", false);
    }

    @Test
    void journeyPagesAreNeverStoredByTheBrowser() {
        web.get().uri("/trial/who").exchange().expectHeader()
                .value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store"));
    }

    @Test
    void anEmptyAnswerShowsTheErrorSummaryAndTheMessageBesideTheQuestion() {
        String page = post("/trial/who", form()).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<title>Error: Who are you complaining for? – Police complaints</title>")
                .contains("govuk-error-summary")
                .contains("<a href=\"#who\">Select who you are complaining for</a>")
                .contains("id=\"who-error\"");
    }

    @Test
    void errorsAreInWelshOnAWelshPage() {
        String page = post("/trial/who?lang=cy", form()).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<title>Gwall: Ar ran pwy ydych chi&#39;n cwyno? – Cwynion am yr heddlu</title>")
                .contains("Dewiswch ar ran pwy rydych yn cwyno");
    }

    @Test
    void aValidAnswerLeadsToTheNextPageOnTheBranch() {
        assertThat(redirectAfter("/trial/who", form("who", "someone-else"))).isEqualTo("/trial/their-name");
        startAJourney();
        assertThat(redirectAfter("/trial/who", form("who", "myself"))).isEqualTo("/trial/when");
    }

    @Test
    void aPersonCannotSkipAheadOfTheirAnswers() {
        get("/trial/who");
        web.get().uri("/trial/story").cookie("SESSION", person.session()).exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().location("/trial/who");
    }

    @Test
    void whatWasTypedIsKeptWhenAnotherAnswerOnThePageIsWrong() {
        walkTo("details");
        String page = post("/trial/details", form("email", "not-an-email", "phone", "01632 960 001", "postcode", "<b>x</b>"))
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("value=\"not-an-email\"").contains("value=\"01632 960 001\"")
                .contains("value=\"&lt;b&gt;x&lt;/b&gt;\"")
                .contains("Enter an email address in the correct format")
                .contains("Enter a real postcode");
    }

    @Test
    void singleLineQuestionsGetTheInputTypeAndAutocompleteOfTheirKind() {
        walkTo("details");
        assertThat(get("/trial/details"))
                .containsPattern("type=\"email\"[^>]*autocomplete=\"email\"")
                .containsPattern("type=\"tel\"[^>]*autocomplete=\"tel\"")
                .containsPattern("class=\"govuk-input govuk-input--width-10\"[^>]*name=\"postcode\"[^>]*autocomplete=\"postal-code\"");
    }

    @Test
    void theBackLinkGoesToThePreviousPageOnTheBranchTaken() {
        redirectAfter("/trial/who", form("who", "someone-else"));
        redirectAfter("/trial/their-name", form("their-name", "Siân"));
        assertThat(get("/trial/when")).contains("<a href=\"/trial/their-name\" class=\"govuk-back-link\">Back</a>");
    }

    @Test
    void theLongAnswerShowsItsLimitWithoutJavaScript() {
        walkTo("story");
        assertThat(get("/trial/story")).contains("You can enter up to 100 characters").contains("data-maxlength=\"100\"");
    }

    @Test
    void namedOptionsAreInThePagesLanguage() {
        walkTo("force");
        assertThat(get("/trial/force?lang=cy")).contains(">Heddlu Dyfed-Powys</option>").contains(">Kent Police</option>");
    }

    @Test
    void anUnknownJourneyOrPageIsNotFound() {
        web.get().uri("/nonesuch/who").exchange().expectStatus().isNotFound();
        web.get().uri("/trial/nonesuch").exchange().expectStatus().isNotFound();
    }

    private void walkTo(String slug) {
        String[][] steps = {
                {"who", "who", "myself"},
                {"when", "when-day", "3", "when-month", "3", "when-year", "2026"},
                {"details", "email", "sian@example.com", "phone", "", "postcode", ""},
                {"help", "help", "large-print"},
                {"force", "force", "kent-police"},
                {"story", "story", "Digwyddodd rhywbeth."}};
        for (String[] step : steps) {
            if (step[0].equals(slug)) {
                return;
            }
            String[] fields = new String[step.length - 1];
            System.arraycopy(step, 1, fields, 0, fields.length);
            redirectAfter("/trial/" + step[0], form(fields));
        }
    }

    private String get(String path) {
        return person.get(path);
    }

    private String redirectAfter(String path, String[] form) {
        return person.answer(path, form);
    }

    private WebTestClient.ResponseSpec post(String path, String[] form) {
        return person.post(path, form);
    }

    private static String[] form(String... namesAndValues) {
        return namesAndValues;
    }

    @Test
    void checkAnswersShowsEveryAnswerOnThePathInThePagesLanguage() {
        walkTo("notice");
        redirectAfter("/trial/notice", form());
        String english = get("/trial/check-answers");
        assertThat(english).contains("3 March 2026").contains("sian@example.com").contains("Large print")
                .contains("Kent Police").contains("Digwyddodd rhywbeth.").contains("Not given")
                .contains("href=\"/trial/story?change=true\"");
        assertThat(get("/trial/check-answers?lang=cy")).contains("3 Mawrth 2026").contains("Print bras")
                .contains("Heb ei roi");
    }

    @Test
    void checkAnswersIsNotShownBeforeEveryPageIsAnswered() {
        walkTo("force");
        web.get().uri("/trial/check-answers").cookie("SESSION", person.session()).exchange()
                .expectStatus().is3xxRedirection().expectHeader().location("/trial/force");
    }

    @Test
    void aChangedAnswerThatOpensABranchLeadsThroughItAndBackToCheckAnswers() {
        walkTo("notice");
        redirectAfter("/trial/notice", form());
        assertThat(redirectAfter("/trial/who?change=true", form("who", "someone-else")))
                .isEqualTo("/trial/their-name?change=true");
        assertThat(get("/trial/their-name?change=true"))
                .contains("<a href=\"/trial/check-answers\" class=\"govuk-back-link\">");
        assertThat(redirectAfter("/trial/their-name?change=true", form("their-name", "Siân Ŵyn")))
                .isEqualTo("/trial/check-answers");
        assertThat(get("/trial/check-answers")).contains("Siân Ŵyn");
    }

    @Test
    void anAnswerOnABranchThePersonLeftIsNeitherShownNorSent() {
        redirectAfter("/trial/who", form("who", "someone-else"));
        redirectAfter("/trial/their-name", form("their-name", "Rhys"));
        redirectAfter("/trial/who", form("who", "myself"));
        walkTo("notice");
        redirectAfter("/trial/notice", form());
        assertThat(get("/trial/check-answers")).doesNotContain("Rhys");
        redirectAfter("/trial/check-answers", form());
        assertThat(completion.sent.get().has("their-name")).isFalse();
    }

    @Test
    void typedMarkupComesBackAsText() {
        walkTo("story");
        redirectAfter("/trial/story", form("story", "<script>alert(1)</script> & ŵ"));
        redirectAfter("/trial/notice", form());
        assertThat(get("/trial/check-answers")).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ŵ")
                .doesNotContain("<script>alert(1)");
    }

    @Test
    void sendingShowsTheReferenceOnlyAfterTheCompletionAndForgetsTheAnswers() {
        walkTo("notice");
        redirectAfter("/trial/notice", form());
        assertThat(redirectAfter("/trial/check-answers", form())).isEqualTo("/trial/confirmation");
        assertThat(completion.sent.get().first("email")).isEqualTo("sian@example.com");
        assertThat(get("/trial/confirmation")).contains("TRIAL-REF-1").contains("Trial sent")
                .contains("A copy of your answers").contains("sian@example.com").doesNotContain("?change=true");
        web.get().uri("/trial/check-answers").cookie("SESSION", person.session()).exchange()
                .expectStatus().is3xxRedirection().expectHeader().location("/trial/who");
    }

    @Test
    void theConfirmationWithoutASentJourneyLeadsToTheStart() {
        get("/trial/who");
        web.get().uri("/trial/confirmation").cookie("SESSION", person.session()).exchange()
                .expectStatus().is3xxRedirection().expectHeader().location("/trial/who");
    }

    @Autowired
    RecordingCompletion completion;

    static class RecordingCompletion implements JourneyCompletion {
        final AtomicReference<Answers> sent = new AtomicReference<>();

        @Override
        public String journeyId() {
            return TrialJourney.ID;
        }

        @Override
        public Mono<String> complete(JourneyDefinition journey, Answers answersOnPath, Language language,
                String sendKey) {
            sent.set(answersOnPath);
            return Mono.just("TRIAL-REF-1");
        }
    }

    @TestConfiguration
    static class TrialJourneyConfiguration {
        @Bean
        JourneyDefinition trialJourney() {
            return TrialJourney.definition();
        }

        @Bean
        RecordingCompletion recordingCompletion() {
            return new RecordingCompletion();
        }
    }
}
