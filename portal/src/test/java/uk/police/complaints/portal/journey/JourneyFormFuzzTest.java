package uk.police.complaints.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.DefaultCsrfToken;
import org.springframework.ui.ConcurrentModel;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import uk.police.complaints.i18n.IcuMessageSource;
import uk.police.complaints.i18n.LanguageResolver;
import uk.police.complaints.portal.automation.AutomationGuard;
import uk.police.complaints.portal.automation.AutomationLimits;

/**
 * Whatever body is posted to a question page, the journey keeps only that page's fields, each exactly as the
 * form carried it (text, never interpreted; a field without a value is empty), and saves them only when every
 * question on the page is answered validly; an unknown page is a 404. Runs the controller itself, with the form
 * read by WebFlux's own reader. A small form outside a journey gets one answer a question, the first sent.
 */
class JourneyFormFuzzTest {

    private static final JourneyDefinition JOURNEY = TrialJourney.definition();
    private static final Clock CLOCK = JourneyNavigatorTest.NOVEMBER_2026;
    /** Every page of the trial journey answered, so that any page on the path may be posted to. */
    private static final Answers ANSWERED = Answers.none().with(Map.ofEntries(
            Map.entry("who", List.of("myself")),
            Map.entry("when-day", List.of("3")), Map.entry("when-month", List.of("11")),
            Map.entry("when-year", List.of("2025")),
            Map.entry("email", List.of("sian@example.com")), Map.entry("phone", List.of("")),
            Map.entry("postcode", List.of("")),
            Map.entry("help", List.of("none")),
            Map.entry("force", List.of("kent-police")),
            Map.entry("story", List.of("Stopped twice.")),
            Map.entry("notice", List.of("seen"))));

    private static final AnswerValidator VALIDATOR = new AnswerValidator(CLOCK);
    private static final JourneySessionStore STORE = new JourneySessionStore();
    /** Made once: the controller keeps nothing between requests, and reading the message bundles takes a while. */
    private static final JourneyController CONTROLLER = new JourneyController(journeys(),
            new JourneyNavigator(VALIDATOR, CLOCK), VALIDATOR, STORE, new QuestionPageViews(new KnownFacts(List.of())),
            new LanguageResolver(),
            // The trial journey asks for no files, so nothing is uploaded or scanned.
            new FileQuestionForms(null, null), new JourneyMetrics(new SimpleMeterRegistry()),
            // No least time on a page and no limit: the fuzzer posts as fast as it can.
            new AutomationGuard(new AutomationLimits(300, 20000, 5, 600, Duration.ofMinutes(10), Duration.ZERO, "memory"),
                    (what, client, limit, window) -> Mono.just(true), CLOCK));

    /** Input: the page's slug, a line break, then the request body as sent (application/x-www-form-urlencoded). */
    @FuzzTest(maxDuration = "2m")
    void aPostedFormKeepsOnlyItsPagesFieldsAsTyped(byte[] input) {
        int lineBreak = indexOf(input, (byte) '\n');
        String slug = new String(input, 0, Math.max(lineBreak, 0), StandardCharsets.UTF_8);
        byte[] body = lineBreak < 0 ? new byte[0] : Arrays.copyOfRange(input, lineBreak + 1, input.length);
        MockServerWebExchange exchange = posted(body);
        WebSession session = exchange.getSession().block();
        STORE.save(session, JOURNEY, ANSWERED);

        if (JOURNEY.page(slug).isEmpty()) {
            ResponseStatusException refused = catchThrowableOfType(ResponseStatusException.class,
                    () -> CONTROLLER.savePage(JOURNEY.id(), slug, false, exchange, new ConcurrentModel()).block());
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            return;
        }
        JourneyPage page = JOURNEY.page(slug).orElseThrow();
        if (unreadable(exchange)) {
            // WebFlux's form reader refuses a malformed escape ("%zz") before the portal sees a field; a page off the
            // path never reads the form at all.
            catchThrowableOfType(IllegalArgumentException.class,
                    () -> CONTROLLER.savePage(JOURNEY.id(), slug, false, exchange, new ConcurrentModel()).block());
            assertThat(STORE.load(session, JOURNEY)).isEqualTo(ANSWERED);
            return;
        }
        String view = CONTROLLER.savePage(JOURNEY.id(), slug, false, exchange, new ConcurrentModel()).block();
        Answers kept = STORE.load(session, JOURNEY);

        assertThat(kept.fields().keySet()).allMatch(field -> ANSWERED.has(field) || page.fields().contains(field));
        ANSWERED.fields().keySet().stream().filter(field -> !page.fields().contains(field))
                .forEach(field -> assertThat(kept.all(field)).as(field).isEqualTo(ANSWERED.all(field)));
        if (JourneyController.QUESTION_PAGE.equals(view)) {
            assertThat(kept).isEqualTo(ANSWERED);
            return;
        }
        assertThat(view).startsWith("redirect:");
        if (!kept.equals(ANSWERED) && !page.questions().isEmpty()) {
            MultiValueMap<String, String> form = exchange.getFormData().block();
            for (Question question : page.questions()) {
                question.fields().forEach(field -> assertThat(kept.all(field)).as(field).isEqualTo(
                        question.type() == QuestionType.CHECKBOXES ? sent(form, field)
                                : List.of(sent(form, field).stream().findFirst().orElse(""))));
                assertThat(VALIDATOR.validate(JOURNEY.id(), question, kept)).as(question.name()).isEmpty();
            }
        }
    }

    /** Input: a form's body as sent, read for the questions of a small form outside a journey. */
    @FuzzTest(maxDuration = "2m")
    void aSmallFormGivesEachOfItsQuestionsOneAnswerAsTyped(byte[] input) {
        MockServerWebExchange exchange = posted(input);
        if (unreadable(exchange)) {
            return;
        }
        MultiValueMap<String, String> form = exchange.getFormData().block();
        Question[] questions = JOURNEY.questions().values().toArray(Question[]::new);

        Answers answers = FormQuestions.answers(form, questions);

        assertThat(answers.fields().keySet()).containsExactlyInAnyOrderElementsOf(JOURNEY.questions().keySet());
        for (Question question : questions) {
            assertThat(answers.all(question.name())).as(question.name())
                    .containsExactly(sent(form, question.name()).stream().findFirst().orElse(""));
        }
    }

    /** What the form carried for a field, in order; a field sent without '=' carried an empty value. */
    private static List<String> sent(MultiValueMap<String, String> form, String field) {
        return form.getOrDefault(field, List.of()).stream().map(value -> value == null ? "" : value).toList();
    }

    private static boolean unreadable(MockServerWebExchange exchange) {
        return catchThrowableOfType(IllegalArgumentException.class, () -> exchange.getFormData().block()) != null;
    }

    private static MockServerWebExchange posted(byte[] body) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/trial/posted")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body))));
        exchange.getAttributes().put(CsrfToken.class.getName(),
                Mono.just(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token")));
        return exchange;
    }

    private static Journeys journeys() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of(TrialJourney.ID, JOURNEY));
        return new Journeys(beans.getBeanProvider(JourneyDefinition.class),
                new IcuMessageSource("messages/messages", "test-messages/journey"));
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
