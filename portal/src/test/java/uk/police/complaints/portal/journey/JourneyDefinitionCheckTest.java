package uk.police.complaints.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.complaints.portal.journey.Condition.answerIs;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.complaints.i18n.IcuMessageSource;

class JourneyDefinitionCheckTest {

    private final JourneyDefinitionCheck check = new JourneyDefinitionCheck(
            new IcuMessageSource("messages/messages", "test-messages/journey"));

    private static final Question THEIR_NAME = Question.required("their-name", QuestionType.TEXT);

    @Test
    void theTrialJourneyIsSound() {
        assertThat(check.problems(TrialJourney.definition())).isEmpty();
    }

    @Test
    void aRouteToAPageThatDoesNotExistIsFound() {
        assertThat(problems(JourneyPage.ask("their-name", THEIR_NAME, Route.to("nowhere"))))
                .anyMatch(problem -> problem.contains("nowhere"));
    }

    @Test
    void aPageWithoutAnUnconditionalRouteIsFound() {
        assertThat(problems(JourneyPage.ask("their-name", THEIR_NAME,
                Route.when(answerIs("their-name", "x"), JourneyDefinition.CHECK_ANSWERS))))
                .anyMatch(problem -> problem.contains("no route for when no condition holds"));
    }

    @Test
    void aConditionOnALaterQuestionIsFound() {
        JourneyDefinition journey = new JourneyDefinition("trial", 1, List.of(
                JourneyPage.ask("their-name", THEIR_NAME,
                        Route.when(answerIs("who", "myself"), JourneyDefinition.CHECK_ANSWERS),
                        Route.to("who")),
                JourneyPage.ask("who", Question.choice("who", QuestionType.RADIOS,
                        List.of(Option.of("myself", "trial.who.myself"))), Route.to(JourneyDefinition.CHECK_ANSWERS))));
        assertThat(check.problems(journey)).anyMatch(problem -> problem.contains("reads who, which is not asked before it"));
    }

    @Test
    void aLoopIsFound() {
        JourneyDefinition journey = new JourneyDefinition("trial", 1, List.of(
                JourneyPage.ask("their-name", THEIR_NAME, Route.to("story")),
                JourneyPage.ask("story", Question.required("story", QuestionType.TEXTAREA), Route.to("their-name"))));
        assertThat(check.problems(journey)).anyMatch(problem -> problem.contains("loop"));
    }

    @Test
    void wordsMissingInWelshAreFound() {
        assertThat(problems(JourneyPage.ask("nameless", Question.required("nameless", QuestionType.TEXT),
                Route.to(JourneyDefinition.CHECK_ANSWERS))))
                .contains("message trial.nameless.label is missing in cy", "message trial.nameless.label is missing in en");
    }

    @Test
    void aQuestionSuggestingThePageLanguageWithoutARadioForEachLanguageIsFound() {
        assertThat(problems(JourneyPage.ask("who", Question.choice("who", QuestionType.RADIOS,
                List.of(Option.of("myself", "trial.who.myself"), Option.of("en", "trial.who.myself")))
                .suggestingPageLanguage(), Route.to(JourneyDefinition.CHECK_ANSWERS))))
                .contains("question who suggests the page language but has no radio for cy");
    }

    private List<String> problems(JourneyPage page) {
        return check.problems(new JourneyDefinition("trial", 1, List.of(page)));
    }
}
