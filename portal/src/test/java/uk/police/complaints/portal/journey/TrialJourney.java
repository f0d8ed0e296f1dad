package uk.police.complaints.portal.journey;

import static uk.police.complaints.portal.journey.Condition.answerIs;

import java.util.List;

/** A small journey with every question type and a branch, whose words live in test-messages/journey. */
final class TrialJourney {

    static final String ID = "trial";

    private TrialJourney() {
    }

    static JourneyDefinition definition() {
        return new JourneyDefinition(ID, 1, List.of(
                JourneyPage.ask("who", Question.choice("who", QuestionType.RADIOS, List.of(
                                Option.of("myself", "trial.who.myself"),
                                Option.withHint("someone-else", "trial.who.someone-else", "trial.who.someone-else.hint"))),
                        Route.when(answerIs("who", "someone-else"), "their-name"),
                        Route.to("when")),
                JourneyPage.ask("their-name", Question.required("their-name", QuestionType.TEXT), Route.to("when")),
                JourneyPage.ask("when", Question.required("when", QuestionType.DATE).withHint(), Route.to("details")),
                JourneyPage.askAll("details", List.of(
                                Question.required("email", QuestionType.EMAIL),
                                Question.required("phone", QuestionType.PHONE).asOptional(),
                                Question.required("postcode", QuestionType.POSTCODE).asOptional()),
                        Route.to("help")),
                JourneyPage.ask("help", Question.choice("help", QuestionType.CHECKBOXES, List.of(
                                Option.of("large-print", "trial.help.large-print"),
                                Option.of("interpreter", "trial.help.interpreter"),
                                Option.exclusive("none", "trial.help.none"))),
                        Route.to("force")),
                JourneyPage.ask("force", Question.choice("force", QuestionType.SELECT, List.of(
                                Option.named("dyfed-powys-police", "Dyfed-Powys Police", "Heddlu Dyfed-Powys"),
                                Option.named("kent-police", "Kent Police", ""))),
                        Route.to("story")),
                JourneyPage.ask("story", Question.required("story", QuestionType.TEXTAREA).limitedTo(100),
                        Route.to("notice")),
                JourneyPage.explain("notice", List.of("trial.notice.body"), Route.to(JourneyDefinition.CHECK_ANSWERS))));
    }
}
