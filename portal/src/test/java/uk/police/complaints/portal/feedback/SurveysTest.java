package uk.police.complaints.portal.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.police.complaints.portal.journey.JourneyClient;
import uk.police.complaints.portal.submission.PublishedSchemas;

/**
 * Each survey completes in both languages and its response reaches the back office as anonymous feedback that
 * validates against its schema; a reference is attached only when the person adds it; robots are thanked and
 * nothing is sent; the words are not kept once delivered; ratings and journeys are counted.
 */
@SpringBootTest
@AutoConfigureWebTestClient
class SurveysTest {

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient database;

    @Autowired
    MeterRegistry meters;

    @Value("${portal.delivery.file-drop.directory}")
    Path outbox;

    private JourneyClient person;

    @BeforeEach
    void arrive() {
        person = new JourneyClient(web);
    }

    @Test
    void afterSendingAComplaintFeedbackCarriesNoReferenceUnlessThePersonAddsIt() {
        String marker = "Gormod o gwestiynau " + UUID.randomUUID();
        double satisfiedBefore = rated("service-feedback", "satisfied");
        person.get("/service-feedback/satisfaction?lang=cy");
        go("/service-feedback/satisfaction", "satisfaction", "satisfied");
        go("/service-feedback/improve", "improve", marker);
        go("/service-feedback/got-help", "got-help", "partly");
        assertThat(person.answer("/service-feedback/add-reference", "add-reference", "no"))
                .isEqualTo("/service-feedback/check-answers");
        String confirmation = send("service-feedback");
        assertThat(confirmation).contains("Diolch am eich adborth").doesNotContain("Eich cyfeirnod");

        String message = delivered(marker);
        assertThat(PublishedSchemas.problems(message)).isEmpty();
        assertThat(message).contains("\"survey\":\"service-feedback\"").contains("\"language\":\"cy\"")
                .contains("\"satisfaction\":\"satisfied\"").doesNotContain("\"reference\"")
                .doesNotContain("submittedAt").doesNotContain("T0").doesNotContain("T1").doesNotContain("T2");
        assertThat(rated("service-feedback", "satisfied")).isEqualTo(satisfiedBefore + 1);
    }

    @Test
    void aReferenceTheyChooseToAddTravelsWithTheirFeedback() {
        String marker = "Clear enough " + UUID.randomUUID();
        person.get("/service-feedback/satisfaction");
        go("/service-feedback/satisfaction", "satisfaction", "very-satisfied");
        go("/service-feedback/improve", "improve", marker);
        go("/service-feedback/got-help", "got-help", "yes");
        go("/service-feedback/add-reference", "add-reference", "yes");
        go("/service-feedback/reference", "reference", "HK3D-7WQP-M");
        send("service-feedback");
        String message = delivered(marker);
        assertThat(PublishedSchemas.problems(message)).isEmpty();
        assertThat(message).contains("\"reference\":\"HK3D-7WQP-M\"");
    }

    @Test
    void theExperienceSurveyCompletesInWelsh() {
        String marker = "Diweddariadau cliriach " + UUID.randomUUID();
        person.get("/your-experience/before-you-start?lang=cy");
        go("/your-experience/before-you-start");
        go("/your-experience/role", "role", "family");
        go("/your-experience/experience", "experience", "poor");
        go("/your-experience/fairness", "fairness", "dont-know");
        go("/your-experience/updates", "updates", "no-updates");
        go("/your-experience/use-again", "use-again", "not-sure");
        go("/your-experience/improve", "improve", marker);
        assertThat(send("your-experience")).contains("Diolch am ddweud wrthym am eich profiad");
        String message = delivered(marker);
        assertThat(PublishedSchemas.problems(message)).isEmpty();
        assertThat(message).contains("\"role\":\"family\"").contains("\"updates\":\"no-updates\"");
    }

    @Test
    void theYoungPeoplesSurveyAsksAgeOnceAndSendsEqualityAnswersApart() {
        String marker = "Officers who listen " + UUID.randomUUID();
        long equalityBefore = outboxRows("equality-monitoring");
        person.get("/young-people/before-you-start");
        go("/young-people/before-you-start");
        go("/young-people/age-band", "age-band", "16-17");
        go("/young-people/experiences", "experiences", "stopped-and-searched", "experiences", "arrested");
        go("/young-people/confidence-police", "confidence-police", "not-very");
        go("/young-people/confidence-complaints", "confidence-complaints", "dont-know");
        go("/young-people/what-would-help", "what-would-help", marker);
        assertThat(person.answer("/young-people/equality-offer", "equality-offer", "yes"))
                .as("after the survey's own age bands, the equality questions do not ask it again")
                .isEqualTo("/young-people/equality-ethnicity");
        go("/young-people/equality-ethnicity", "equality-ethnicity", "black");
        go("/young-people/equality-disability", "equality-disability", "prefer-not");
        go("/young-people/equality-gender", "equality-gender", "another-way");
        send("young-people");
        String message = delivered(marker);
        assertThat(PublishedSchemas.problems(message)).isEmpty();
        assertThat(message).contains("\"experiences\":[\"stopped-and-searched\",\"arrested\"]")
                .doesNotContain("equality").doesNotContain("black");
        assertThat(outboxRows("equality-monitoring")).isEqualTo(equalityBefore + 1);
    }

    @Test
    void aFormFilledInByARobotIsThankedAndNothingIsSent() {
        long before = outboxRows("feedback");
        person.get("/service-feedback/satisfaction");
        go("/service-feedback/satisfaction", "satisfaction", "satisfied");
        go("/service-feedback/improve", "improve", "");
        go("/service-feedback/got-help", "got-help", "yes");
        go("/service-feedback/add-reference", "add-reference", "no");
        assertThat(person.get("/service-feedback/check-answers")).contains("name=\"website\"");
        assertThat(person.answer("/service-feedback/check-answers", "website", "https://spam.example"))
                .isEqualTo("/service-feedback/confirmation");
        assertThat(person.get("/service-feedback/confirmation")).contains("Thank you for your feedback");
        assertThat(outboxRows("feedback")).isEqualTo(before);
    }

    @Test
    void wasThisPageUsefulIsAskedUnderEveryGuideAndSentAsFeedback() {
        String guide = person.get("/know-your-rights/stop-and-search");
        assertThat(guide).contains("Was this page useful?")
                .contains("href=\"/know-your-rights/stop-and-search/useful?answer=no\"");
        assertThat(person.get("/know-your-rights/stop-and-search/useful?answer=no"))
                .contains("value=\"no\" checked");
        String marker = "Say what GOWISELY means first " + UUID.randomUUID();
        assertThat(person.answer("/know-your-rights/stop-and-search/useful", "useful", "no", "improve", marker))
                .isEqualTo("/know-your-rights/stop-and-search/useful/thanks");
        assertThat(person.get("/know-your-rights/stop-and-search/useful/thanks"))
                .contains("Thank you for your feedback").contains("href=\"/know-your-rights/stop-and-search\"");
        String message = delivered(marker);
        assertThat(PublishedSchemas.problems(message)).isEmpty();
        assertThat(message).contains("\"survey\":\"page-useful\"").contains("\"page\":\"stop-and-search\"")
                .contains("\"useful\":\"no\"");
        assertThat(person.answerWrongly("/know-your-rights/stop-and-search/useful", "useful", ""))
                .contains("Select yes if this page was useful");
    }

    @Test
    void theWordsOfDeliveredFeedbackAreNotKept() {
        String marker = "Not kept " + UUID.randomUUID();
        person.answer("/know-your-rights/being-arrested/useful", "useful", "yes", "improve", marker);
        String message = delivered(marker);
        String id = message.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        await().atMost(Duration.ofSeconds(20)).until(() -> database.sql("SELECT COUNT(*) AS n FROM outbox "
                        + "WHERE idempotency_key = :id AND delivered_at IS NOT NULL AND payload IS NULL")
                .bind("id", id).map(row -> row.get("n", Long.class)).one().block() == 1);
    }

    @Test
    void startedAndSentJourneysAreCountedPerJourneyAndLanguage() {
        double started = count("portal.journeys.started", "your-experience", "en");
        double sent = count("portal.journeys.sent", "your-experience", "en");
        person.get("/your-experience/before-you-start");
        go("/your-experience/before-you-start");
        go("/your-experience/role", "role", "witness");
        go("/your-experience/experience", "experience", "good");
        go("/your-experience/fairness", "fairness", "agree");
        go("/your-experience/updates", "updates", "clear");
        go("/your-experience/use-again", "use-again", "yes");
        go("/your-experience/improve", "improve", "");
        send("your-experience");
        assertThat(count("portal.journeys.started", "your-experience", "en")).isEqualTo(started + 1);
        assertThat(count("portal.journeys.sent", "your-experience", "en")).isEqualTo(sent + 1);
    }

    private void go(String page, String... namesAndValues) {
        person.answer(page, namesAndValues);
    }

    private String send(String survey) {
        assertThat(person.answer("/" + survey + "/check-answers")).isEqualTo("/" + survey + "/confirmation");
        return person.get("/" + survey + "/confirmation");
    }

    /** The response the file-drop back office received with this text in it. */
    private String delivered(String marker) {
        Path folder = outbox.resolve(FeedbackStore.DESTINATION);
        await().atMost(Duration.ofSeconds(20)).until(() -> find(folder, marker).isPresent());
        return find(folder, marker).orElseThrow();
    }

    private static Optional<String> find(Path folder, String marker) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".json")).map(SurveysTest::read)
                    .filter(text -> text.contains(marker)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long outboxRows(String kind) {
        return database.sql("SELECT COUNT(*) AS n FROM outbox WHERE kind = :kind").bind("kind", kind)
                .map(row -> row.get("n", Long.class)).one().block();
    }

    private double rated(String survey, String rating) {
        var counter = meters.find("portal.feedback.ratings").tags("survey", survey, "rating", rating).counter();
        return counter == null ? 0 : counter.count();
    }

    private double count(String name, String journey, String language) {
        var counter = meters.find(name).tags("journey", journey, "language", language).counter();
        return counter == null ? 0 : counter.count();
    }
}
