package uk.police.complaints.portal.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.police.complaints.portal.copy.PdfChecks;
import uk.police.complaints.portal.journey.JourneyClient;
import uk.police.complaints.portal.journey.JourneyDefinition;
import uk.police.complaints.portal.journey.JourneyPage;
import uk.police.complaints.portal.submission.PublishedSchemas;
import uk.police.complaints.portal.submission.Reference;
import uk.police.complaints.portal.submission.StoredSubmission;
import uk.police.complaints.portal.submission.SubmissionStore;

/** Every branch of the complaint journey, walked as a person would, to a reference and a stored record. */
@SpringBootTest
@AutoConfigureWebTestClient
class ComplaintJourneyTest {

    private static final String START = "/complaint/before-you-start";
    /** A long account, as people write them: the copy keeps every word of it, over as many pages as it takes. */
    private static final String IMPACT = ("Rwy'n methu cysgu ers hynny, ac rwy'n ofni mynd allan ar fy mhen fy hun. ")
            .repeat(120).substring(0, 8_700);

    @Autowired
    WebTestClient web;

    @Autowired
    SubmissionStore submissions;

    @Autowired
    DatabaseClient database;

    @Autowired
    JourneyDefinition complaintJourneyDefinition;

    @Value("${portal.delivery.file-drop.directory}")
    Path outbox;

    @Value("${portal.delivery.email.directory}")
    Path emails;

    private JourneyClient person;
    private final List<String> visited = new ArrayList<>();

    @BeforeEach
    void arrive() {
        person = new JourneyClient(web);
    }

    @Test
    void theFirstPageSaysToCall999AndHowToReportACrime() {
        assertThat(person.get(START)).contains("If you are in danger or a crime is happening now, call 999.")
                .contains("call 101");
        assertThat(person.get(START + "?lang=cy")).contains("ffoniwch 999");
    }

    @Test
    void forThemselvesWithTheForceAndDateKnownAndEmailOnly() {
        long equalityBefore = equalityRows();
        forThemselvesAsFarAsTheLanguageToWriteIn();
        go("/complaint/correspondence-language", "correspondence-language", "cy");
        go("/complaint/support", "support", "none");
        assertThat(answer("/complaint/equality-offer", "equality-offer", "no")).isEqualTo("/complaint/check-answers");

        StoredSubmission stored = send();
        assertThat(stored.message())
                .contains("\"complainingFor\":\"myself\"")
                .contains("\"forceCode\":\"south-wales-police\"")
                .contains("\"date\":\"2026-09-01\"")
                .contains("Siân Ŵyn Llŷr")
                .contains("\"whatHappened\":\"x < y\"")
                .as("markup is stripped before it leaves; the words stay readable").doesNotContain("<script")
                .contains("\"correspondenceLanguage\":\"cy\"")
                .contains("\"methods\":[\"email\"]")
                .contains("\"representative\":null")
                .doesNotContain("equality");
        assertThat(equalityRows()).isEqualTo(equalityBefore);

        assertThat(emailsFor(stored.reference())).isEqualTo(1);
        Path email = emails.resolve(stored.reference().value() + "-email.txt");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(email));
        byte[] emailedCopy = readBytes(emails.resolve(stored.reference().value() + "-email.pdf"));
        PdfChecks.assertAccessible(emailedCopy, "cy", "Eich cwyn am yr heddlu");
        assertThat(PdfChecks.text(emailedCopy)).contains(stored.reference().value(), "Siân Ŵyn Llŷr",
                "<script>alert('hi')</script> x < y", "Heddlu De Cymru");
        assertThat(readString(email)).as("the copy e-mailed in the language chosen to be written to in")
                .contains("To: sian@example.com")
                .contains("Subject: Eich cwyn am yr heddlu: " + stored.reference().value())
                .contains("Cawsom eich cwyn ar ")
                .contains("Ni fydd ysgrifennu yn Gymraeg yn arwain at oedi.")
                .contains("Ym mha iaith y dylem ysgrifennu atoch?")
                .contains("Siân Ŵyn Llŷr")
                .contains("<script>alert('hi')</script> x < y")
                .doesNotContain("equality").doesNotContain("Which language");
    }

    private void forThemselvesAsFarAsTheLanguageToWriteIn() {
        go(START);
        go("/complaint/who-is-complaining", "who-is-complaining", "myself");
        go("/complaint/how-affected", "how-affected", "happened-to-me");
        go("/complaint/force", "force", "south-wales-police");
        go("/complaint/date-known", "date-known", "yes");
        assertThat(answer("/complaint/incident-date", "incident-date-day", "1", "incident-date-month", "9",
                "incident-date-year", "2026")).isEqualTo("/complaint/incident-time");
        incidentDetails();
        go("/complaint/your-name", "your-name", "Siân Ŵyn Llŷr");
        go("/complaint/contact-methods", "contact-methods", "email");
        assertThat(answer("/complaint/contact-email", "contact-email", "sian@example.com"))
                .isEqualTo("/complaint/correspondence-language");
    }

    @Test
    void onSomeonesBehalfWithoutPermissionYetForceUnknownDateUnknownPhoneAndPostAndEqualityInWelsh() throws IOException {
        long equalityBefore = equalityRows();
        person.get(START + "?lang=cy");
        go(START + "?lang=cy");
        go("/complaint/who-is-complaining?lang=cy", "who-is-complaining", "someone-else");
        go("/complaint/relationship?lang=cy", "relationship", "advocate");
        go("/complaint/representative-details?lang=cy", "representative-name", "Gwenllian ap Rhys",
                "representative-organisation", "");
        go("/complaint/their-name?lang=cy", "their-name", "Dafydd Ŵyn");
        assertThat(answer("/complaint/permission?lang=cy", "permission", "not-yet")).isEqualTo("/complaint/permission-how");
        go("/complaint/permission-how?lang=cy", "permission-how", "Bydd yn llofnodi llythyr.");
        go("/complaint/write-to?lang=cy", "write-to", "them");
        assertThat(answer("/complaint/how-affected?lang=cy", "how-affected", "social-media-or-news"))
                .isEqualTo("/complaint/social-media");
        go("/complaint/social-media?lang=cy");
        assertThat(answer("/complaint/force?lang=cy", "force", "dont-know")).isEqualTo("/complaint/where-it-happened");
        go("/complaint/where-it-happened?lang=cy", "where-it-happened", "Caerdydd");
        assertThat(answer("/complaint/date-known?lang=cy", "date-known", "no")).isEqualTo("/complaint/approximate-date");
        go("/complaint/approximate-date?lang=cy", "approximate-date", "haf 2024");
        assertThat(answer("/complaint/over-a-year-ago?lang=cy", "over-a-year-ago", "yes")).isEqualTo("/complaint/why-now");
        go("/complaint/why-now?lang=cy", "why-now", "Roeddwn i'n ofni.");
        incidentDetails();
        assertThat(answer("/complaint/outcome-wanted?lang=cy", "outcome-wanted", "Ymddiheuriad."))
                .isEqualTo("/complaint/contact-methods");
        assertThat(answer("/complaint/contact-methods?lang=cy", "contact-methods", "phone", "contact-methods", "post"))
                .isEqualTo("/complaint/contact-phone");
        assertThat(answer("/complaint/contact-phone?lang=cy", "contact-phone", "029 2018 0000"))
                .isEqualTo("/complaint/contact-address");
        go("/complaint/contact-address?lang=cy", "address-line-1", "1 Heol y Frenhines", "address-line-2", "",
                "address-town", "Caerdydd", "address-postcode", "cf10 1aa");
        go("/complaint/correspondence-language?lang=cy", "correspondence-language", "cy");
        assertThat(answer("/complaint/support?lang=cy", "support", "bsl", "support", "other"))
                .isEqualTo("/complaint/support-other");
        go("/complaint/support-other?lang=cy", "support-other", "Cymorth gan fy chwaer");
        go("/complaint/equality-offer?lang=cy", "equality-offer", "yes");
        go("/complaint/equality-age?lang=cy", "equality-age", "18-24");
        go("/complaint/equality-ethnicity?lang=cy", "equality-ethnicity", "prefer-not");
        go("/complaint/equality-disability?lang=cy", "equality-disability", "yes");
        assertThat(answer("/complaint/equality-gender?lang=cy", "equality-gender", "woman"))
                .isEqualTo("/complaint/check-answers");
        assertThat(person.get("/complaint/check-answers?lang=cy")).contains("Gwiriwch eich atebion")
                .contains("Dafydd Ŵyn").contains("Nid wyf yn gwybod")
                .contains("href=\"/complaint/check-answers/copy.pdf\" download")
                .as("the field only robots fill in").contains("name=\"website\"");
        assertThat(PdfChecks.assertDownloadedCopy(person.download("/complaint/check-answers/copy.pdf"), "cy",
                "Eich atebion, heb eu hanfon eto", "copi-o-eich-cwyn.pdf"))
                .as("a copy for the person to read before their advocate sends it")
                .contains("Nid yw'r atebion hyn wedi cael eu hanfon", "Dafydd Ŵyn", "Ymddiheuriad.")
                .doesNotContain("Cyfeirnod").doesNotContain("Faint yw eich oed?");

        StoredSubmission stored = send();
        assertThat(stored.language().tag()).isEqualTo("cy");
        assertThat(stored.message())
                .contains("\"personName\":\"Dafydd Ŵyn\"")
                .contains("\"permission\":\"not-yet\"")
                .contains("\"name\":\"Dafydd Ŵyn\"")
                .contains("\"whereItHappened\":\"Caerdydd\"")
                .contains("\"moreThanTwelveMonthsAgo\":true")
                .contains("\"methods\":[\"phone\",\"post\"]")
                .contains("\"postcode\":\"cf10 1aa\"")
                .doesNotContain("18-24").doesNotContain("woman");
        assertThat(equalityRows()).isEqualTo(equalityBefore + 1);
        assertThat(emailsFor(stored.reference())).as("no e-mail address, no e-mail").isZero();
        assertThat(PdfChecks.assertDownloadedCopy(person.download("/complaint/confirmation/copy.pdf?equality=include"),
                "cy", "Eich cwyn am yr heddlu", "copi-o-eich-cwyn.pdf"))
                .as("the equality monitoring answers only when asked for")
                .contains("Faint yw eich oed? 18 i 24", "Mae eich atebion monitro cydraddoldeb yn y copi hwn");
        Path equality = outbox.resolve("equality-monitoring");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.isDirectory(equality));
        try (Stream<Path> files = Files.list(equality)) {
            files.forEach(file -> assertThat(PublishedSchemas.problems(readString(file))).as(file.toString()).isEmpty());
        }
    }

    @Test
    void theLanguageToWriteInStartsAsTheLanguageOfTheJourneyUntilThePersonChooses() {
        forThemselvesAsFarAsTheLanguageToWriteIn();
        assertThat(person.get("/complaint/correspondence-language?lang=cy")).contains("value=\"cy\" checked")
                .doesNotContain("value=\"en\" checked");
        assertThat(person.get("/complaint/correspondence-language?lang=en")).contains("value=\"en\" checked")
                .doesNotContain("value=\"cy\" checked");
        go("/complaint/correspondence-language", "correspondence-language", "cy");
        assertThat(person.get("/complaint/correspondence-language?lang=en")).contains("value=\"cy\" checked")
                .doesNotContain("value=\"en\" checked");
    }

    @Test
    void anIncidentMoreThanTwelveMonthsAgoAsksWhyNow() {
        go(START);
        go("/complaint/who-is-complaining", "who-is-complaining", "myself");
        go("/complaint/how-affected", "how-affected", "saw-or-heard");
        go("/complaint/force", "force", "kent-police");
        go("/complaint/date-known", "date-known", "yes");
        assertThat(answer("/complaint/incident-date", "incident-date-day", "1", "incident-date-month", "1",
                "incident-date-year", "2020")).isEqualTo("/complaint/why-now");
    }

    @Test
    void everyPageOfTheJourneyIsOnSomeBranchTheseTestsWalk() throws IOException {
        forThemselvesWithTheForceAndDateKnownAndEmailOnly();
        arrive();
        onSomeonesBehalfWithoutPermissionYetForceUnknownDateUnknownPhoneAndPostAndEqualityInWelsh();
        List<String> slugs = complaintJourneyDefinition.pages().stream().map(JourneyPage::slug).toList();
        assertThat(visited).containsAll(slugs);
    }

    private void incidentDetails() {
        go("/complaint/incident-time", "incident-time", "");
        go("/complaint/incident-place", "incident-place", "Heol y Frenhines");
        go("/complaint/what-happened", "what-happened", "<script>alert('hi')</script> x < y");
        go("/complaint/officers", "officers", "PC 1234");
        assertThat(answer("/complaint/witnesses", "witnesses", "yes")).isEqualTo("/complaint/witness-details");
        go("/complaint/witness-details", "witness-details", "Fy nghymydog");
        assertThat(answer("/complaint/anyone-hurt", "anyone-hurt", "yes")).isEqualTo("/complaint/injury-details");
        go("/complaint/injury-details", "injury-details", "Cleisiau ar fy mraich");
        go("/complaint/impact", "impact", IMPACT);
        go("/complaint/evidence");
        if (!person.get("/complaint/who-is-complaining").contains("value=\"someone-else\" checked")) {
            go("/complaint/outcome-wanted", "outcome-wanted", "An apology.");
        }
    }

    /**
     * Sends the complaint; the message kept for the back office, and the file the embedded default drops for it,
     * both match the published schema.
     */
    private StoredSubmission send() {
        String sessionBefore = person.session();
        assertThat(answer("/complaint/check-answers")).isEqualTo("/complaint/confirmation");
        assertThat(person.session()).as("a new session id once sent").isNotEqualTo(sessionBefore);
        web.get().uri("/complaint/confirmation").cookie("SESSION", sessionBefore).exchange()
                .expectStatus().is3xxRedirection();
        String confirmation = person.get("/complaint/confirmation");
        String reference = confirmation.replaceAll("(?s).*<strong>([^<]+)</strong>.*", "$1");
        assertThat(Reference.parse(reference)).isPresent();
        assertThat(confirmation).as("the copy of the answers to print").contains("Heol y Frenhines")
                .contains("href=\"/complaint/confirmation/copy.pdf\" download");
        StoredSubmission stored = submissions.find(new Reference(reference)).block().orElseThrow();
        boolean welsh = stored.language().tag().equals("cy");
        assertThat(confirmation).as("correspondence in Welsh is welcome")
                .contains(welsh ? "Ni fydd ysgrifennu yn Gymraeg yn arwain at oedi." : "Writing in Welsh will not lead to a delay.");
        String copy = PdfChecks.assertDownloadedCopy(person.download("/complaint/confirmation/copy.pdf"),
                stored.language().tag(), welsh ? "Eich cwyn am yr heddlu" : "Your complaint about the police",
                welsh ? "copi-o-eich-cwyn.pdf" : "copy-of-your-complaint.pdf");
        assertThat(copy).as("the copy downloaded from the confirmation page, in the page's language")
                .contains(reference, "Heol y Frenhines", "<script>alert('hi')</script> x < y", IMPACT.strip())
                .doesNotContain(welsh ? "Faint yw eich oed?" : "How old are you?");
        String everything = PdfChecks.text(person.download("/complaint/confirmation/copy.pdf?equality=include").body());
        assertThat(PdfChecks.answersOn(confirmation)).as("every question and answer the confirmation lists")
                .allSatisfy(shown -> assertThat(everything).contains(shown));
        assertThat(PublishedSchemas.problems(stored.message())).isEmpty();
        String destination = stored.message().replaceAll("(?s).*\"destination\":\"([a-z0-9-]+)\".*", "$1");
        Path dropped = outbox.resolve(destination).resolve(reference + ".json");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(dropped));
        assertThat(PublishedSchemas.problems(readString(dropped))).isEmpty();
        return stored;
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void go(String path, String... answers) {
        visited.add(path.replaceAll("^/complaint/([a-z0-9-]+).*", "$1"));
        answer(path, answers);
    }

    private String answer(String path, String... answers) {
        visited.add(path.replaceAll("^/complaint/([a-z0-9-]+).*", "$1"));
        return person.answer(path, answers);
    }

    private long emailsFor(Reference reference) {
        return database.sql("SELECT COUNT(*) AS n FROM outbox WHERE kind = 'email' AND reference = :reference")
                .bind("reference", reference.value())
                .map(row -> row.get("n", Long.class)).one().block();
    }

    private long equalityRows() {
        return database.sql("SELECT COUNT(*) AS n FROM outbox WHERE kind = 'equality-monitoring'").map(row -> row.get("n", Long.class))
                .one().block();
    }
}
