package uk.police.complaints.portal.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.police.complaints.portal.delivery.Outbox;
import uk.police.complaints.portal.journey.JourneyClient;
import uk.police.complaints.portal.submission.PublishedSchemas;
import uk.police.complaints.portal.submission.Reference;
import uk.police.complaints.portal.submission.SubmissionStore;

/**
 * Adding files on a journey, as a browser posts them (multipart, with JavaScript or without), with files checked by
 * content and scanned by a real clamd: taken files are listed and can be removed, refused ones say why in the
 * person's language, and taken ones leave with the submission.
 */
@SpringBootTest(properties = {"portal.uploads.scanner=clamav", "portal.uploads.max-files=3"})
@AutoConfigureWebTestClient
class UploadingFilesTest {

    private static final String PAGE = "/review/outcome-letter";
    private static final Pattern REMOVE = Pattern.compile("name=\"remove\" value=\"([^\"]+)\"");
    private static Clamd clamd;

    @Autowired
    WebTestClient web;

    @Autowired
    SubmissionStore submissions;

    @Autowired
    Outbox outbox;

    @Autowired
    DatabaseClient database;

    private JourneyClient person;

    @BeforeAll
    static void startClamd() {
        clamd = Clamd.start();
    }

    @AfterAll
    static void stopClamd() {
        if (clamd != null) {
            clamd.close();
        }
    }

    @DynamicPropertySource
    static void clamdPort(DynamicPropertyRegistry registry) {
        registry.add("portal.uploads.clamav.port", () -> clamd.port());
    }

    @BeforeEach
    void reachTheOutcomeLetterPage() {
        person = new JourneyClient(web);
        person.answer("/review/before-you-start");
        person.answer("/review/had-outcome", "had-outcome", "yes");
        person.answer("/review/recorded-before-2020", "recorded-before-2020", "no");
        person.answer("/review/review-body", "review-body", "iopc");
        person.answer("/review/force", "force", "gwent-police");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        person.answer("/review/letter-date", "letter-date-day", String.valueOf(today.getDayOfMonth()),
                "letter-date-month", String.valueOf(today.getMonthValue()), "letter-date-year",
                String.valueOf(today.getYear()));
        person.answer("/review/in-time");
    }

    @Test
    void aFileIsTakenListedAndSentWithTheApplicationAsAMessageOfItsOwn() {
        assertThat(upload(Map.of("llythyr canlyniad ŵ.pdf", TestFiles.pdf()))).isEqualTo("/review/other-documents");
        assertThat(person.get(PAGE)).contains("llythyr canlyniad ŵ.pdf").contains("name=\"remove\"")
                .contains("enctype=\"multipart/form-data\"");
        person.answer("/review/other-documents");
        person.answer("/review/complaint-reference", "complaint-reference", "");
        person.answer("/review/who-is-applying", "who-is-applying", "myself");
        person.answer("/review/why-unreasonable", "why-unreasonable", "They did not read my letter.");
        person.answer("/review/outcome-wanted", "outcome-wanted", "Look again.");
        person.answer("/review/your-name", "your-name", "Siân");
        person.answer("/review/contact-methods", "contact-methods", "phone");
        person.answer("/review/contact-phone", "contact-phone", "07700 900982");
        person.answer("/review/correspondence-language", "correspondence-language", "en");
        person.answer("/review/support", "support", "none");
        person.answer("/review/equality-offer", "equality-offer", "no");
        assertThat(person.get("/review/check-answers")).contains("llythyr canlyniad ŵ.pdf");
        person.answer("/review/check-answers");
        String confirmation = person.get("/review/confirmation");
        Reference reference = Reference.parse(confirmation.replaceAll("(?s).*<strong>([^<]+)</strong>.*", "$1"))
                .orElseThrow();

        String message = submissions.find(reference).block().orElseThrow().message();
        assertThat(message).contains("\"attachments\":[{\"key\":\"" + reference.value() + "-file-1\","
                + "\"question\":\"outcome-letter\",\"fileName\":\"llythyr canlyniad ŵ.pdf\"}]");
        String attachment = outbox.bodyFor(reference.value(), "attachment").block().orElseThrow();
        assertThat(PublishedSchemas.problems(attachment)).isEmpty();
        assertThat(attachment).contains("\"contentType\":\"application/pdf\"", "\"malwareScan\":\"clean\"",
                "\"key\":\"" + reference.value() + "-file-1\"");
        assertThat(database.sql("SELECT COUNT(*) AS n FROM upload").map(row -> row.get("n", Long.class)).one()
                .block()).as("files left waiting after sending").isZero();
    }

    @Test
    void aFileThatIsNotAnAllowedKindIsRefusedWhateverItsName() {
        assertThat(refused(Map.of("letter.pdf", TestFiles.program())))
                .contains("The selected file must be a PDF, JPG, PNG, HEIC or Word document (DOCX)")
                .contains("<title>Error:");
    }

    @Test
    void malwareIsRefusedInThePersonsLanguage() {
        person.get(PAGE + "?lang=cy");
        assertThat(refused(Map.of("letter.pdf", TestFiles.pdfWithMalware())))
                .contains("Mae&#39;r ffeil a ddewiswyd yn cynnwys feirws");
    }

    @Test
    void anEmptyOrTooLargeFileIsRefused() {
        assertThat(refused(Map.of("empty.pdf", new byte[0]))).contains("The selected file is empty");
        byte[] large = new byte[11 * 1024 * 1024];
        System.arraycopy(TestFiles.pdf(), 0, large, 0, TestFiles.pdf().length);
        assertThat(refused(Map.of("large.pdf", large))).contains("The selected file must be smaller than 10MB");
    }

    @Test
    void oneRefusedFileDoesNotLoseTheOthersAddedWithIt() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("photo.png", TestFiles.png());
        files.put("program.pdf", TestFiles.program());
        assertThat(refused(files)).contains("photo.png").contains("must be a PDF");
        assertThat(person.get(PAGE)).contains("photo.png").doesNotContain("program.pdf");
    }

    @Test
    void aFileCanBeRemovedAndNoMoreThanTheLimitCanBeAdded() {
        Map<String, byte[]> two = new LinkedHashMap<>();
        two.put("page 1.jpg", TestFiles.jpeg());
        two.put("page 2.heic", TestFiles.heic());
        upload(two);
        Matcher remove = REMOVE.matcher(person.get(PAGE));
        assertThat(remove.find()).isTrue();
        person.upload(PAGE, "outcome-letter", Map.of(), "remove", remove.group(1))
                .expectStatus().is3xxRedirection().expectHeader().valueEquals("Location", PAGE);
        assertThat(person.get(PAGE)).doesNotContain("page 1.jpg").contains("page 2.heic");

        Map<String, byte[]> three = new LinkedHashMap<>();
        three.put("a.pdf", TestFiles.pdf());
        three.put("b.pdf", TestFiles.pdf());
        three.put("c.docx", TestFiles.docx());
        assertThat(refused(three)).contains("You can add up to 3 files");
    }

    private String upload(Map<String, byte[]> files) {
        return person.upload(PAGE, "outcome-letter", files).expectStatus().is3xxRedirection()
                .expectBody().returnResult().getResponseHeaders().getLocation().toString();
    }

    private String refused(Map<String, byte[]> files) {
        return person.upload(PAGE, "outcome-letter", files).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
