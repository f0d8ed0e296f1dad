package uk.police.complaints.portal.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.police.complaints.portal.journey.JourneyClient;

/**
 * "Save and come back later": a draft is kept sealed, reached again only by its e-mailed link or its code and
 * memorable word, each once; wrong words are limited; an expired draft is gone.
 */
@SpringBootTest
@AutoConfigureWebTestClient
class SaveAndReturnTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/resume/([A-Za-z0-9_-]{43})\\?lang=(cy|en))");
    private static final Pattern CODE = Pattern.compile("app-draft-code\">([A-Z0-9]{4}-[A-Z0-9]{4})<");
    private static final String STORY = "Fe wnaeth y swyddog wthio fy mrawd yn erbyn y wal.";

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient database;

    @Autowired
    DraftHousekeeping housekeeping;

    @Autowired
    Drafts drafts;

    @Value("${portal.delivery.email.directory}")
    Path emails;

    private JourneyClient person;

    @BeforeEach
    void arrive() {
        person = new JourneyClient(web);
    }

    @Test
    void aLinkByEmailBringsBackEveryAnswerAndTheLanguageOnAnotherDevice() throws IOException {
        answerTheFirstPagesInWelsh();
        assertThat(person.answer("/complaint/force", "force", "dyfed-powys-police", "action", "save"))
                .isEqualTo("/complaint/save-and-return?from=force");
        assertThat(person.get("/complaint/save-and-return?from=force")).contains("Cadw a dod yn ôl yn nes ymlaen")
                .contains("28 diwrnod").contains("href=\"/complaint/force\"");
        assertThat(person.answer("/complaint/save-and-return", "how", "email"))
                .isEqualTo("/complaint/save-and-return/email");
        String address = "gwen+" + UUID.randomUUID() + "@example.com";
        assertThat(person.answer("/complaint/save-and-return/email", "email-address", address))
                .isEqualTo("/complaint/save-and-return/saved");
        assertThat(person.get("/complaint/save-and-return/saved")).contains("Mae eich atebion wedi&#39;u cadw")
                .contains(address).contains("Dechrau cwyn arall");
        assertThat(person.redirectFrom("/complaint/force")).as("the answers left this browser")
                .isEqualTo("/complaint/before-you-start");

        String email = emailWith(address);
        assertThat(email).contains("Content-Language: cy").contains("eich cwyn am yr heddlu");
        Matcher link = LINK.matcher(email);
        assertThat(link.find()).as("the e-mail has a link back").isTrue();

        JourneyClient elsewhere = new JourneyClient(web);
        assertThat(elsewhere.get(link.group(1))).contains("Mynd yn ôl at eich atebion sydd wedi&#39;u cadw");
        assertThat(elsewhere.answer(link.group(1))).isEqualTo("/complaint/date-known?lang=cy");
        assertThat(elsewhere.get("/complaint/force")).contains("value=\"dyfed-powys-police\" selected");
        assertThat(elsewhere.get("/complaint/how-affected")).contains("lang=\"cy\"");
    }

    @Test
    void aLinkWorksOnceAndOnlyItsHashIsKept() throws IOException {
        answerTheFirstPagesInWelsh();
        person.answer("/complaint/how-affected", "how-affected", "saw-or-heard", "action", "save");
        person.answer("/complaint/save-and-return", "how", "email");
        String address = "once+" + UUID.randomUUID() + "@example.com";
        person.answer("/complaint/save-and-return/email", "email-address", address);
        Matcher link = LINK.matcher(emailWith(address));
        assertThat(link.find()).isTrue();
        String token = link.group(2);
        assertThat(database.sql("SELECT COUNT(*) AS n FROM draft WHERE token_hash = :token").bind("token", token)
                .map(row -> row.get("n", Long.class)).one().block()).as("the token itself is not kept").isZero();

        new JourneyClient(web).answer(link.group(1));
        assertThat(new JourneyClient(web).get(link.group(1))).contains("ddolen hon yn gweithio mwyach");
        assertThat(drafts.takeUpWithLink(token).block()).as("taken up once, nothing is left to take").isEmpty();
    }

    @Test
    void aCodeAndMemorableWordBringTheAnswersBackAfterAWrongTry() {
        person.get("/complaint/before-you-start");
        person.answer("/complaint/before-you-start");
        person.answer("/complaint/who-is-complaining", "who-is-complaining", "myself");
        String code = saveWithCode("/complaint/how-affected", "how-affected", "happened-to-me", "Cwtsh-y-ci");

        JourneyClient back = new JourneyClient(web);
        assertThat(back.answerWrongly("/resume", "code", code, "word", "not the word"))
                .contains("You can try 4 more times").contains("value=\"" + code + "\"");
        String sessionBefore = back.session();
        assertThat(back.answer("/resume", "code", code.toLowerCase().replace("-", " "), "word", " CWTSH-Y-CI "))
                .isEqualTo("/complaint/force?lang=en");
        assertThat(back.session()).as("a new session id once answers come back").isNotEqualTo(sessionBefore);
        assertThat(back.get("/complaint/how-affected")).contains("value=\"happened-to-me\" checked");
        assertThat(new JourneyClient(web).answerWrongly("/resume", "code", code, "word", "Cwtsh-y-ci"))
                .as("a code works once").contains("We cannot find saved answers with that code");
    }

    @Test
    void tooManyWrongMemorableWordsDeleteTheDraft() {
        person.get("/complaint/before-you-start");
        person.answer("/complaint/before-you-start");
        String code = saveWithCode("/complaint/who-is-complaining", "who-is-complaining", "myself", "memorable");
        JourneyClient guesser = new JourneyClient(web);
        for (int tries = 4; tries >= 1; tries--) {
            assertThat(guesser.answerWrongly("/resume", "code", code, "word", "guess" + tries))
                    .contains("You can try " + tries + (tries == 1 ? " more time " : " more times "));
        }
        assertThat(guesser.answerWrongly("/resume", "code", code, "word", "guess0"))
                .contains("Your saved answers have been deleted").contains("not right 5 times");
        assertThat(guesser.answerWrongly("/resume", "code", code, "word", "memorable"))
                .contains("We cannot find saved answers with that code");
    }

    @Test
    void anExpiredDraftCannotBeOpenedAndHousekeepingDeletesIt() {
        person.get("/complaint/before-you-start");
        person.answer("/complaint/before-you-start");
        String code = saveWithCode("/complaint/who-is-complaining", "who-is-complaining", "myself", "expiring");
        database.sql("UPDATE draft SET expires_at = :past").bind("past", OffsetDateTime.now().minusMinutes(1))
                .fetch().rowsUpdated().block();

        assertThat(new JourneyClient(web).answerWrongly("/resume", "code", code, "word", "expiring"))
                .contains("We cannot find saved answers with that code");
        housekeeping.deleteExpiredDrafts().block();
        assertThat(database.sql("SELECT COUNT(*) AS n FROM draft").map(row -> row.get("n", Long.class)).one()
                .block()).isZero();
    }

    @Test
    void anAdvocateKeepsADraftForEachClientEachWithItsOwnWayBack() {
        person.get("/complaint/before-you-start");
        person.answer("/complaint/before-you-start");
        person.answer("/complaint/who-is-complaining", "who-is-complaining", "someone-else");
        String first = saveWithCode("/complaint/relationship", "relationship", "advocate", "firstclient");
        assertThat(person.get("/complaint/save-and-return/saved")).contains("Start another complaint")
                .contains("href=\"/complaint/before-you-start\"");
        person.answer("/complaint/before-you-start");
        person.answer("/complaint/who-is-complaining", "who-is-complaining", "someone-else");
        String second = saveWithCode("/complaint/relationship", "relationship", "family", "secondclient");

        JourneyClient one = new JourneyClient(web);
        one.answer("/resume", "code", first, "word", "firstclient");
        assertThat(one.get("/complaint/relationship")).contains("value=\"advocate\" checked");
        JourneyClient two = new JourneyClient(web);
        two.answer("/resume", "code", second, "word", "secondclient");
        assertThat(two.get("/complaint/relationship")).contains("value=\"family\" checked");
    }

    @Test
    void savingKeepsAnEmptyPageOutButAsksToPutRightWhatIsWrong() {
        answerTheFirstPagesInWelsh();
        assertThat(person.answer("/complaint/force", "force", "", "action", "save"))
                .isEqualTo("/complaint/save-and-return?from=force");
        assertThat(person.answerWrongly("/complaint/force", "force", "not-a-force", "action", "save"))
                .contains("govuk-error-summary");
        assertThat(person.answerWrongly("/complaint/save-and-return/memorable-word", "memorable-word", "abc"))
                .contains("Rhaid i&#39;ch gair cofiadwy fod yn 6 nod neu fwy");
    }

    @Test
    void theAnswersRestSealed() {
        person.get("/complaint/before-you-start");
        person.answer("/complaint/before-you-start");
        person.answer("/complaint/who-is-complaining", "who-is-complaining", "someone-else");
        person.answer("/complaint/relationship", "relationship", "advocate");
        saveWithCode("/complaint/representative-details", "representative-name", STORY, "sealedword");
        List<String> kept = database.sql("SELECT answers, word_hash FROM draft")
                .map(row -> row.get("answers", String.class) + row.get("word_hash", String.class)).all()
                .collectList().block();
        assertThat(kept).isNotEmpty().noneMatch(text -> text.contains("swyddog") || text.contains("sealedword"));
    }

    private void answerTheFirstPagesInWelsh() {
        person.get("/complaint/before-you-start?lang=cy");
        person.answer("/complaint/before-you-start");
        person.answer("/complaint/who-is-complaining", "who-is-complaining", "myself");
        person.answer("/complaint/how-affected", "how-affected", "happened-to-me");
    }

    private String saveWithCode(String page, String field, String value, String word) {
        String slug = page.substring(page.lastIndexOf('/') + 1);
        assertThat(person.answer(page, field, value, "action", "save"))
                .isEqualTo("/complaint/save-and-return?from=" + slug);
        person.answer("/complaint/save-and-return", "how", "code");
        assertThat(person.answer("/complaint/save-and-return/memorable-word", "memorable-word", word))
                .isEqualTo("/complaint/save-and-return/saved");
        Matcher code = CODE.matcher(person.get("/complaint/save-and-return/saved"));
        assertThat(code.find()).as("the saved page shows a code").isTrue();
        return code.group(1);
    }

    private String emailWith(String address) throws IOException {
        await().atMost(Duration.ofSeconds(20)).until(() -> emailFile(address) != null);
        return Files.readString(emailFile(address));
    }

    private Path emailFile(String address) throws IOException {
        if (!Files.isDirectory(emails)) {
            return null;
        }
        try (var files = Files.list(emails)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".txt")).filter(file -> {
                        try {
                            return Files.readString(file).startsWith("To: " + address + "\n");
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .findFirst().orElse(null);
        }
    }
}
