package uk.police.complaints.portal.feedback;

import static uk.police.complaints.portal.journey.Condition.answerIs;
import static uk.police.complaints.portal.journey.JourneyDefinition.CHECK_ANSWERS;
import static uk.police.complaints.portal.journey.JourneyPage.ask;
import static uk.police.complaints.portal.journey.JourneyPage.explain;
import static uk.police.complaints.portal.journey.Route.to;
import static uk.police.complaints.portal.journey.Route.when;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.police.complaints.portal.applicant.ApplicantPages;
import uk.police.complaints.portal.journey.JourneyDefinition;
import uk.police.complaints.portal.journey.JourneyPage;
import uk.police.complaints.portal.journey.Option;
import uk.police.complaints.portal.journey.Question;
import uk.police.complaints.portal.journey.QuestionType;

/**
 * The surveys, as journeys: how the service was after sending something (linked from every confirmation), the
 * experience of the complaints system for anyone who has been through it, and young people's confidence in the
 * police. Anonymous: a reference is attached only when the person chooses to add one.
 */
@Configuration(proxyBeanMethods = false)
class SurveyJourneys {

    static final String SERVICE = "service-feedback";
    static final String EXPERIENCE = "your-experience";
    static final String YOUNG_PEOPLE = "young-people";
    private static final int VERSION = 1;
    private static final int FREE_TEXT = 1_200;

    @Bean
    JourneyDefinition serviceFeedbackJourneyDefinition() {
        return new JourneyDefinition(SERVICE, VERSION, List.of(
                ask("satisfaction", choice(SERVICE, "satisfaction", "very-satisfied", "satisfied", "neither",
                        "dissatisfied", "very-dissatisfied"), to("improve")),
                ask("improve", freeText("improve"), to("got-help")),
                ask("got-help", choice(SERVICE, "got-help", "yes", "partly", "no", "not-needed"), to("add-reference")),
                ask("add-reference", choice(SERVICE, "add-reference", "no", "yes").withHint(),
                        when(answerIs("add-reference", "yes"), "reference"), to(CHECK_ANSWERS)),
                ask("reference", Question.required("reference", QuestionType.TEXT).withHint().limitedTo(20),
                        to(CHECK_ANSWERS))));
    }

    @Bean
    JourneyDefinition yourExperienceJourneyDefinition() {
        return new JourneyDefinition(EXPERIENCE, VERSION, List.of(
                explain("before-you-start", List.of("your-experience.before-you-start.who",
                        "your-experience.before-you-start.anonymous"), to("role")),
                ask("role", choice(EXPERIENCE, "role", "complainant", "family", "witness", "representative", "other"),
                        to("experience")),
                ask("experience", choice(EXPERIENCE, "experience", "very-good", "good", "neither", "poor",
                        "very-poor"), to("fairness")),
                ask("fairness", choice(EXPERIENCE, "fairness", "strongly-agree", "agree", "neither", "disagree",
                        "strongly-disagree", "dont-know"), to("updates")),
                ask("updates", choice(EXPERIENCE, "updates", "very-clear", "clear", "neither", "unclear",
                        "very-unclear", "no-updates"), to("use-again")),
                ask("use-again", choice(EXPERIENCE, "use-again", "yes", "no", "not-sure"), to("improve")),
                ask("improve", freeText("improve"), to(CHECK_ANSWERS))));
    }

    @Bean
    JourneyDefinition youngPeopleJourneyDefinition() {
        List<JourneyPage> pages = new ArrayList<>(List.of(
                explain("before-you-start", List.of("young-people.before-you-start.who",
                        "young-people.before-you-start.anonymous"), to("age-band")),
                ask("age-band", choice(YOUNG_PEOPLE, "age-band", "13-15", "16-17", "18-21", "22-25", "prefer-not"),
                        to("experiences")),
                ask("experiences", Question.choice("experiences", QuestionType.CHECKBOXES, List.of(
                                option("experiences", "stopped-and-searched"),
                                option("experiences", "stopped-in-a-vehicle"),
                                option("experiences", "arrested"),
                                option("experiences", "victim-or-witness"),
                                option("experiences", "complained"),
                                Option.exclusive("none", YOUNG_PEOPLE + ".experiences.none"),
                                Option.exclusive("prefer-not", YOUNG_PEOPLE + ".experiences.prefer-not")))
                        .withHint(), to("confidence-police")),
                ask("confidence-police", confidence("confidence-police"), to("confidence-complaints")),
                ask("confidence-complaints", confidence("confidence-complaints"), to("what-would-help")),
                ask("what-would-help", freeText("what-would-help"), to("equality-offer"))));
        pages.addAll(ApplicantPages.equalityWithoutAge(YOUNG_PEOPLE));
        return new JourneyDefinition(YOUNG_PEOPLE, VERSION, pages);
    }

    @Bean
    SurveyCompletion serviceFeedbackCompletion(FeedbackStore store) {
        return new SurveyCompletion(SERVICE, List.of("satisfaction"), store);
    }

    @Bean
    SurveyCompletion yourExperienceCompletion(FeedbackStore store) {
        return new SurveyCompletion(EXPERIENCE, List.of("experience", "fairness", "updates"), store);
    }

    @Bean
    SurveyCompletion youngPeopleCompletion(FeedbackStore store) {
        return new SurveyCompletion(YOUNG_PEOPLE, List.of("confidence-police", "confidence-complaints"), store);
    }

    private static Question choice(String survey, String question, String... values) {
        return Question.choice(question, QuestionType.RADIOS, ApplicantPages.options(survey, question, values));
    }

    private static Question confidence(String question) {
        return choice(YOUNG_PEOPLE, question, "very", "fairly", "not-very", "not-at-all", "dont-know");
    }

    private static Option option(String question, String value) {
        return Option.of(value, YOUNG_PEOPLE + "." + question + "." + value);
    }

    /** Optional free text; the hint asks people to leave out names and other details that say who they are. */
    private static Question freeText(String question) {
        return Question.required(question, QuestionType.TEXTAREA).asOptional().withHint().limitedTo(FREE_TEXT);
    }
}
