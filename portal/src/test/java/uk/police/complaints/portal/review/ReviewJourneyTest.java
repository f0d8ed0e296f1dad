package uk.police.complaints.portal.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.police.complaints.portal.copy.PdfChecks;
import uk.police.complaints.portal.journey.JourneyClient;
import uk.police.complaints.portal.journey.JourneyDefinition;
import uk.police.complaints.portal.journey.JourneyPage;
import uk.police.complaints.portal.submission.PublishedSchemas;
import uk.police.complaints.portal.submission.Reference;
import uk.police.complaints.portal.submission.StoredSubmission;
import uk.police.complaints.portal.submission.SubmissionStore;

/** Every branch of the review journey, walked as a person would, to a reference and a stored, routed record. */
@SpringBootTest
@AutoConfigureWebTestClient
class ReviewJourneyTest {

    private static final String START = "/review/before-you-start";

    @Autowired
    WebTestClient web;

    @Autowired
    SubmissionStore submissions;

    @Autowired
    JourneyDefinition reviewJourneyDefinition;

    @Autowired
    Clock clock;

    private JourneyClient person;
    private final List<String> visited = new ArrayList<>();

    @BeforeEach
    void arrive() {
        person = new JourneyClient(web);
    }

    @Test
    void someoneStillWaitingForAnOutcomeIsToldWhyTheyCannotApplyYetAndWhereToGetHelp() {
        go(START);
        assertThat(answer("/review/had-outcome", "had-outcome", "waiting")).isEqualTo("/review/no-outcome-yet");
        String page = look("/review/no-outcome-yet");
        assertThat(page).contains("You cannot apply for a review yet").contains("href=\"/contact\"")
                .doesNotContain("type=\"submit\"");
        assertThat(person.redirectFrom("/review/check-answers")).isEqualTo("/review/no-outcome-yet");
    }

    @Test
    void someoneWhoHasNotComplainedIsSentToMakeAComplaintInTheirLanguage() {
        go(START + "?lang=cy");
        assertThat(answer("/review/had-outcome?lang=cy", "had-outcome", "not-complained"))
                .isEqualTo("/review/complain-first");
        assertThat(look("/review/complain-first?lang=cy")).contains("Mae angen i chi gwyno yn gyntaf")
                .contains("href=\"/complaint/before-you-start\"");
    }

    @Test
    void inTimeToTheIopcForThemselvesByEmail() {
        LocalDate letter = today().minusDays(3);
        go(START);
        go("/review/had-outcome", "had-outcome", "yes");
        go("/review/recorded-before-2020", "recorded-before-2020", "no");
        assertThat(answer("/review/review-body", "review-body", "iopc")).isEqualTo("/review/force");
        go("/review/force", "force", "south-wales-police");
        assertThat(answerDate(letter)).isEqualTo("/review/in-time");
        assertThat(person.get("/review/in-time")).contains("if we receive it by "
                + written(letter.plusDays(28), Locale.ENGLISH));
        go("/review/in-time");
        go("/review/outcome-letter");
        go("/review/other-documents");
        go("/review/complaint-reference", "complaint-reference", "");
        assertThat(answer("/review/who-is-applying", "who-is-applying", "myself")).isEqualTo("/review/why-unreasonable");
        applicationAndContact("email");

        StoredSubmission stored = send("the Independent Office for Police Conduct (IOPC)");
        assertThat(stored.message()).contains("\"destination\":\"iopc\"", "\"type\":\"review\"",
                "\"reviewBody\":\"iopc\"", "\"late\":false", "\"lateReason\":null", "\"complaintReference\":null",
                "\"outcomeLetterDate\":\"" + letter + "\"", "\"deadline\":\"" + letter.plusDays(28) + "\"",
                "\"whyUnreasonable\":\"Siân ŵ ŷ: they ignored x < y\"");
    }

    @Test
    void lateNotSureWhoReviewsItAndOnSomeonesBehalfInWelshGoesToTheLocalPolicingBody() {
        LocalDate letter = today().minusDays(60);
        go(START + "?lang=cy");
        go("/review/had-outcome?lang=cy", "had-outcome", "yes");
        go("/review/recorded-before-2020?lang=cy", "recorded-before-2020", "dont-know");
        assertThat(answer("/review/review-body?lang=cy", "review-body", "not-sure")).isEqualTo("/review/review-body-help");
        go("/review/review-body-help?lang=cy");
        go("/review/force?lang=cy", "force", "gwent-police");
        assertThat(answerDate(letter)).isEqualTo("/review/late");
        assertThat(person.get("/review/late?lang=cy")).contains("Y terfyn amser oedd "
                + written(letter.plusDays(28), Locale.forLanguageTag("cy")));
        go("/review/late?lang=cy");
        go("/review/why-late?lang=cy", "why-late", "Roeddwn i'n sâl.");
        go("/review/outcome-letter?lang=cy");
        go("/review/other-documents?lang=cy");
        go("/review/complaint-reference?lang=cy", "complaint-reference", "GW/123/2026");
        assertThat(answer("/review/who-is-applying?lang=cy", "who-is-applying", "someone-else"))
                .isEqualTo("/review/relationship");
        go("/review/relationship?lang=cy", "relationship", "family");
        go("/review/representative-details?lang=cy", "representative-name", "Gwen Ŵyn", "representative-organisation", "");
        go("/review/their-name?lang=cy", "their-name", "Dafydd Llŷr");
        go("/review/permission?lang=cy", "permission", "not-yet");
        go("/review/permission-how?lang=cy", "permission-how", "Bydd yn anfon e-bost.");
        go("/review/write-to?lang=cy", "write-to", "them");
        go("/review/why-unreasonable?lang=cy", "why-unreasonable", "Ni edrychon nhw ar y fideo.");
        assertThat(answer("/review/outcome-wanted?lang=cy", "outcome-wanted", "Edrych eto."))
                .isEqualTo("/review/contact-methods");
        go("/review/contact-methods?lang=cy", "contact-methods", "phone");
        go("/review/contact-phone?lang=cy", "contact-phone", "029 2018 0000");
        go("/review/correspondence-language?lang=cy", "correspondence-language", "cy");
        go("/review/support?lang=cy", "support", "bsl", "support", "other");
        go("/review/support-other?lang=cy", "support-other", "Dolen sain");
        go("/review/equality-offer?lang=cy", "equality-offer", "yes");
        go("/review/equality-age?lang=cy", "equality-age", "under-18");
        go("/review/equality-ethnicity?lang=cy", "equality-ethnicity", "black");
        go("/review/equality-disability?lang=cy", "equality-disability", "prefer-not");
        go("/review/equality-gender?lang=cy", "equality-gender", "another-way");

        StoredSubmission stored = send("Comisiynydd Heddlu a Throseddu Gwent");
        assertThat(stored.language().tag()).isEqualTo("cy");
        assertThat(stored.message()).contains("\"destination\":\"lpb-gwent-police\"", "\"late\":true",
                "\"reviewBody\":\"local-policing-body\"", "\"reviewBodyAnswer\":\"not-sure\"",
                "\"localPolicingBody\":\"Police and Crime Commissioner for Gwent\"", "\"lateReason\":\"Roeddwn i'n sâl.\"",
                "\"complaintReference\":\"GW/123/2026\"", "\"personName\":\"Dafydd Llŷr\"", "\"type\":\"review\"")
                .doesNotContain("under-18");
    }

    @Test
    void aComplaintRecordedBefore2020IsTakenAsAnAppealAndAForceWithoutALocalPolicingBodyGoesToTheIopc() {
        go(START);
        go("/review/had-outcome", "had-outcome", "yes");
        go("/review/recorded-before-2020", "recorded-before-2020", "yes");
        go("/review/review-body", "review-body", "local-policing-body");
        go("/review/force", "force", "british-transport-police");
        answerDate(today());
        go("/review/in-time");
        go("/review/outcome-letter");
        go("/review/other-documents");
        go("/review/complaint-reference", "complaint-reference", "");
        go("/review/who-is-applying", "who-is-applying", "myself");
        applicationAndContact("post");

        StoredSubmission stored = send("the Independent Office for Police Conduct (IOPC)");
        assertThat(stored.message()).contains("\"type\":\"appeal\"", "\"destination\":\"iopc\"",
                "\"reviewBody\":\"iopc\"", "\"reviewBodyAnswer\":\"local-policing-body\"", "\"localPolicingBody\":null");
    }

    @Test
    void everyPageOfTheJourneyIsOnSomeBranchTheseTestsWalkAndTheClockIsLondons() {
        someoneStillWaitingForAnOutcomeIsToldWhyTheyCannotApplyYetAndWhereToGetHelp();
        arrive();
        someoneWhoHasNotComplainedIsSentToMakeAComplaintInTheirLanguage();
        arrive();
        inTimeToTheIopcForThemselvesByEmail();
        arrive();
        lateNotSureWhoReviewsItAndOnSomeonesBehalfInWelshGoesToTheLocalPolicingBody();
        arrive();
        aComplaintRecordedBefore2020IsTakenAsAnAppealAndAForceWithoutALocalPolicingBodyGoesToTheIopc();
        List<String> slugs = reviewJourneyDefinition.pages().stream().map(JourneyPage::slug).toList();
        assertThat(visited).containsAll(slugs);
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/London"));
    }

    private void applicationAndContact(String contactMethod) {
        go("/review/why-unreasonable", "why-unreasonable", "Siân ŵ ŷ: <b>they</b> ignored x < y");
        assertThat(answer("/review/outcome-wanted", "outcome-wanted", "Look again.")).isEqualTo("/review/your-name");
        go("/review/your-name", "your-name", "Siân Ŵyn");
        go("/review/contact-methods", "contact-methods", contactMethod);
        switch (contactMethod) {
            case "email" -> go("/review/contact-email", "contact-email", "sian@example.com");
            case "phone" -> go("/review/contact-phone", "contact-phone", "07700 900982");
            default -> go("/review/contact-address", "address-line-1", "1 Stryd Fawr", "address-line-2", "",
                    "address-town", "Aberystwyth", "address-postcode", "SY23 1AA");
        }
        go("/review/correspondence-language", "correspondence-language", "en");
        go("/review/support", "support", "none");
        assertThat(answer("/review/equality-offer", "equality-offer", "no")).isEqualTo("/review/check-answers");
    }

    /** Sends the application; the confirmation names the body that reviews it, and the message matches its schema. */
    private StoredSubmission send(String reviewBody) {
        assertThat(answer("/review/check-answers")).isEqualTo("/review/confirmation");
        String confirmation = person.get("/review/confirmation");
        assertThat(confirmation).contains(reviewBody);
        String reference = confirmation.replaceAll("(?s).*<strong>([^<]+)</strong>.*", "$1");
        StoredSubmission stored = submissions.find(Reference.parse(reference).orElseThrow()).block().orElseThrow();
        assertThat(PublishedSchemas.problems(stored.message())).isEmpty();
        boolean welsh = stored.language().tag().equals("cy");
        String copy = PdfChecks.assertDownloadedCopy(person.download("/review/confirmation/copy.pdf"),
                stored.language().tag(), welsh ? "Eich cais am adolygiad" : "Your application for a review",
                welsh ? "copi-o-eich-cais-am-adolygiad.pdf" : "copy-of-your-review-application.pdf");
        assertThat(copy).as("the copy names the body that reviews it, with the reference and the answers")
                .contains(reference, reviewBody, welsh ? "Anfonwyd at" : "Sent to");
        String everything = PdfChecks.text(person.download("/review/confirmation/copy.pdf?equality=include").body());
        assertThat(PdfChecks.answersOn(confirmation)).as("every question and answer the confirmation lists")
                .allSatisfy(shown -> assertThat(everything).contains(shown));
        return stored;
    }

    private String answerDate(LocalDate date) {
        return answer("/review/letter-date", "letter-date-day", String.valueOf(date.getDayOfMonth()),
                "letter-date-month", String.valueOf(date.getMonthValue()), "letter-date-year",
                String.valueOf(date.getYear()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String written(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    private String look(String path) {
        visited.add(path.replaceAll("^/review/([a-z0-9-]+).*", "$1"));
        return person.get(path);
    }

    private void go(String path, String... answers) {
        answer(path, answers);
    }

    private String answer(String path, String... answers) {
        visited.add(path.replaceAll("^/review/([a-z0-9-]+).*", "$1"));
        return person.answer(path, answers);
    }
}
