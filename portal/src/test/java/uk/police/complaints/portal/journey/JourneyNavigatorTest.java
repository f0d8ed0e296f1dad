package uk.police.complaints.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JourneyNavigatorTest {

    static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneId.of("Europe/London"));

    private final JourneyNavigator navigator = new JourneyNavigator(new AnswerValidator(NOVEMBER_2026), NOVEMBER_2026);
    private final JourneyDefinition journey = TrialJourney.definition();

    @Test
    void aNewJourneyStartsAtTheFirstPage() {
        JourneyPath path = navigator.walk(journey, Answers.none());
        assertThat(path.completed()).isEmpty();
        assertThat(path.next()).map(JourneyPage::slug).contains("who");
    }

    @Test
    void complainingForSomeoneElseAsksTheirName() {
        JourneyPath path = navigator.walk(journey, answers(Map.of("who", List.of("someone-else"))));
        assertThat(path.next()).map(JourneyPage::slug).contains("their-name");
    }

    @Test
    void complainingForYourselfSkipsTheirName() {
        JourneyPath path = navigator.walk(journey, answers(Map.of("who", List.of("myself"))));
        assertThat(path.next()).map(JourneyPage::slug).contains("when");
    }

    @Test
    void aPageWithAnInvalidAnswerIsWhereThePathStops() {
        JourneyPath path = navigator.walk(journey, answers(Map.of("who", List.of("myself"),
                "when-day", List.of("31"), "when-month", List.of("2"), "when-year", List.of("2026"))));
        assertThat(path.next()).map(JourneyPage::slug).contains("when");
    }

    @Test
    void everyPageAnsweredReachesCheckAnswers() {
        JourneyPath path = navigator.walk(journey, complete("myself"));
        assertThat(path.reachesCheckAnswers()).isTrue();
        assertThat(path.completed()).extracting(JourneyPage::slug)
                .containsExactly("who", "when", "details", "help", "force", "story", "notice");
    }

    @Test
    void answersOnABranchThePersonLeftAreNotOnThePath() {
        Answers answers = complete("someone-else").with(Map.of("who", List.of("myself")));
        JourneyPath path = navigator.walk(journey, answers);
        assertThat(path.fields()).doesNotContain("their-name");
        assertThat(answers.only(path.fields()).has("their-name")).isFalse();
    }

    @Test
    void aPersonCanOpenPagesTheyHaveDoneAndTheNextOneButNotFurther() {
        JourneyPath path = navigator.walk(journey, answers(Map.of("who", List.of("myself"))));
        assertThat(path.canVisit("who")).isTrue();
        assertThat(path.canVisit("when")).isTrue();
        assertThat(path.canVisit("details")).isFalse();
        assertThat(path.canVisit("their-name")).isFalse();
    }

    @Test
    void theBackLinkFollowsTheBranchTaken() {
        assertThat(navigator.walk(journey, complete("someone-else")).before("when")).map(JourneyPage::slug)
                .contains("their-name");
        assertThat(navigator.walk(journey, complete("myself")).before("when")).map(JourneyPage::slug).contains("who");
        assertThat(navigator.walk(journey, complete("myself")).before("who")).isEmpty();
    }

    static Answers complete(String who) {
        return answers(Map.ofEntries(
                Map.entry("who", List.of(who)),
                Map.entry("their-name", List.of("Siân Ŵyn")),
                Map.entry("when-day", List.of("3")), Map.entry("when-month", List.of("3")),
                Map.entry("when-year", List.of("2026")),
                Map.entry("email", List.of("sian@example.com")), Map.entry("phone", List.of("")),
                Map.entry("postcode", List.of("")),
                Map.entry("help", List.of("large-print")),
                Map.entry("force", List.of("dyfed-powys-police")),
                Map.entry("story", List.of("Digwyddodd.")),
                Map.entry("notice", List.of("seen"))));
    }

    private static Answers answers(Map<String, List<String>> fields) {
        return new Answers(fields);
    }
}
