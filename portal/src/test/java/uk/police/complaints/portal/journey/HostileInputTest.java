package uk.police.complaints.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.police.complaints.portal.submission.PublishedSchemas;
import uk.police.complaints.portal.submission.Reference;
import uk.police.complaints.portal.submission.StoredSubmission;
import uk.police.complaints.portal.submission.SubmissionStore;

/**
 * Every free-text question of the complaint and review journeys is sent each payload of a corpus of cross-site
 * scripting, SQL and template injection, and odd characters: the portal never fails, never shows the payload as
 * markup, shows it back as the text typed, and sends what it keeps to the back office as plain text.
 */
@SpringBootTest
@AutoConfigureWebTestClient
class HostileInputTest {

    private static final List<String> PAYLOADS = List.of(
            "<script>alert('xss')</script>",
            "\"><img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>",
            "</textarea><script>alert(1)</script>",
            "javascript:alert(document.cookie)",
            "<a href=\"javascript:alert(1)\">click</a>",
            "' OR '1'='1' --",
            "'; DROP TABLE submission; --",
            "1); SELECT pg_sleep(10); --",
            "${7*7}",
            "#{7*7}",
            "*{7*7}",
            "[[${7*7}]]",
            "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
            "{{7*7}}",
            "<%= 7*7 %>",
            "&lt;b&gt;not bold&lt;/b&gt; &amp;",
            "x < y && y > z",
            "invoice\u202Egpj.exe",
            "Siân Ŵyn 👩\u200D👩\u200D👧 ŷ");
    /** What each free-text question is left with: for free text, words with markup and a hidden override in them. */
    private static final String KEPT = "<b>Prawf</b> ŵ ŷ x < y\u202E";
    private static final Map<QuestionType, String> VALID = Map.of(
            QuestionType.TEXT, KEPT, QuestionType.TEXTAREA, KEPT, QuestionType.EMAIL, "sian@example.com",
            QuestionType.PHONE, "029 2018 0000", QuestionType.POSTCODE, "CF10 1AA");

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    WebTestClient web;

    @Autowired
    Journeys journeys;

    @Autowired
    SubmissionStore submissions;

    private final Set<String> questionsAttacked = new TreeSet<>();
    private int payloadsSent;

    @Test
    void everyFreeTextQuestionKeepsEveryPayloadAsTextAndSendsItAsPlainText() {
        walk("complaint", false, Map.of());
        walk("complaint", true, Map.of());
        walk("review", false, Map.of());
        walk("review", true, Map.of("had-outcome", "yes"));
        walk("complaint", false, Map.of("who-is-complaining", "someone-else", "force", "dont-know",
                "date-known", "no", "over-a-year-ago", "yes", "witnesses", "yes", "anyone-hurt", "yes",
                "contact-methods", "phone,post", "support", "other"));
        walk("review", false, Map.of("who-is-applying", "someone-else", "contact-methods", "phone,post",
                "support", "other", "letter-date", LocalDate.now(LONDON).minusDays(40).toString()));

        Set<String> freeText = new TreeSet<>();
        for (String journey : List.of("complaint", "review")) {
            journeys.find(journey).orElseThrow().pages().forEach(page -> page.questions().stream()
                    .filter(question -> VALID.containsKey(question.type()))
                    .forEach(question -> freeText.add(journey + "/" + question.name())));
        }
        assertThat(questionsAttacked).as("every free-text question of both journeys").containsAll(freeText);
        System.out.println("Hostile input: " + PAYLOADS.size() + " payloads, " + payloadsSent + " sent to "
                + questionsAttacked.size() + " free-text questions");
    }

    /**
     * Goes through a journey from its start, choosing the first option (or the last, or those given, separated by
     * commas) of every choice, a date three days ago unless one is given, sending each payload to every free-text question on the way, and sends it.
     */
    private void walk(String journeyId, boolean lastOptions, Map<String, String> choices) {
        JourneyDefinition journey = journeys.find(journeyId).orElseThrow();
        JourneyClient person = new JourneyClient(web);
        String path = "/" + journeyId + "/" + journey.start().slug();
        person.get(path);
        String checkAnswers = "/" + journeyId + "/" + JourneyDefinition.CHECK_ANSWERS;
        while (!path.equals(checkAnswers)) {
            JourneyPage page = journey.page(path.substring(path.lastIndexOf('/') + 1)).orElseThrow();
            List<Question> freeText = page.questions().stream().filter(question -> VALID.containsKey(question.type()))
                    .toList();
            for (String payload : freeText.isEmpty() ? List.<String>of() : PAYLOADS) {
                attack(person, journeyId, path, page, payload, lastOptions, choices);
            }
            String next = person.answer(path, form(page, null, lastOptions, choices));
            assertThat(next).as("where " + path + " leads").startsWith("/" + journeyId + "/");
            path = next;
        }
        assertThat(person.answer(checkAnswers)).isEqualTo("/" + journeyId + "/confirmation");
        String confirmation = person.get("/" + journeyId + "/confirmation");
        String reference = confirmation.replaceAll("(?s).*<strong>([^<]+)</strong>.*", "$1");
        StoredSubmission stored = submissions.find(Reference.parse(reference).orElseThrow()).block().orElseThrow();
        assertThat(stored.message()).as("what the back office gets: the words, as plain text")
                .contains("Prawf ŵ ŷ x < y").doesNotContain("<b>", "\u202E");
        assertThat(PublishedSchemas.problems(stored.message())).isEmpty();
    }

    /** Sends a payload in every free-text field of a page, and checks what comes back and what is kept. */
    private void attack(JourneyClient person, String journeyId, String path, JourneyPage page, String payload,
            boolean lastOptions, Map<String, String> choices) {
        EntityExchangeResult<String> sent = person.post(path, form(page, payload, lastOptions, choices))
                .expectBody(String.class).returnResult();
        payloadsSent++;
        page.questions().stream().filter(question -> VALID.containsKey(question.type()))
                .forEach(question -> questionsAttacked.add(journeyId + "/" + question.name()));
        int status = sent.getStatus().value();
        assertThat(status).as(path + " given " + payload).isIn(200, 303);
        String shown = status == 200 ? sent.getResponseBody() : person.get(path);
        assertThat(shown).as(path + " shows " + payload + " back as the text typed, never as markup")
                .contains(escaped(payload));
        if (payload.contains("<") || payload.contains("\"")) {
            assertThat(shown).doesNotContain(payload);
        }
        assertThat(shown).as("no template evaluated what was typed").doesNotContain(">49<", "value=\"49\"");
    }

    private static String[] form(JourneyPage page, String payload, boolean lastOptions, Map<String, String> choices) {
        List<String> form = new ArrayList<>();
        for (Question question : page.questions()) {
            switch (question.type()) {
                case RADIOS, SELECT, CHECKBOXES -> {
                    List<Option> options = question.options();
                    String chosen = choices.getOrDefault(question.name(),
                            options.get(lastOptions ? options.size() - 1 : 0).value());
                    for (String value : chosen.split(",")) {
                        form.addAll(List.of(question.name(), value));
                    }
                }
                case DATE -> {
                    LocalDate date = choices.containsKey(question.name()) ? LocalDate.parse(choices.get(question.name()))
                            : LocalDate.now(LONDON).minusDays(3);
                    form.addAll(List.of(question.name() + "-day", String.valueOf(date.getDayOfMonth())));
                    form.addAll(List.of(question.name() + "-month", String.valueOf(date.getMonthValue())));
                    form.addAll(List.of(question.name() + "-year", String.valueOf(date.getYear())));
                }
                case FILE -> {
                }
                default -> {
                    form.add(question.name());
                    form.add(payload == null ? VALID.get(question.type()) : payload);
                }
            }
        }
        return form.toArray(String[]::new);
    }

    /** As Thymeleaf writes text and attribute values. */
    private static String escaped(String typed) {
        return typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
