package uk.police.complaints.portal.complaint;

import static uk.police.complaints.portal.journey.Condition.answerIs;
import static uk.police.complaints.portal.journey.Condition.dateMoreThanMonthsAgo;
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
import uk.police.complaints.portal.reference.PoliceBodies;

/**
 * The complaint journey: safety first, who is complaining (for themselves or on someone's behalf), how they were
 * affected, the force, what happened, how to reach them, support they need, and optional equality questions.
 * Words are message keys under {@code complaint.}; the journey's version goes up when answers change meaning.
 */
@Configuration(proxyBeanMethods = false)
class ComplaintJourney {

    static final String ID = "complaint";
    static final int VERSION = 1;
    static final int LONG_ANSWER = 10_000;
    static final String DONT_KNOW = "dont-know";

    @Bean
    JourneyDefinition complaintJourneyDefinition(PoliceBodies policeBodies) {
        List<JourneyPage> pages = new ArrayList<>(List.of(
                explain("before-you-start", List.of("complaint.before-you-start.crime",
                        "complaint.before-you-start.what"),
                        to("who-is-complaining")),
                ask("who-is-complaining", choice("who-is-complaining", QuestionType.RADIOS,
                                Option.of("myself", "complaint.who-is-complaining.myself"),
                                Option.withHint("someone-else", "complaint.who-is-complaining.someone-else",
                                        "complaint.who-is-complaining.someone-else.hint")),
                        when(answerIs("who-is-complaining", "someone-else"), "relationship"),
                        to("how-affected"))));
        pages.addAll(ApplicantPages.onSomeonesBehalf(ID, "how-affected"));
        pages.addAll(List.of(
                ask("how-affected", choice("how-affected", QuestionType.RADIOS,
                                Option.of("happened-to-me", "complaint.how-affected.happened-to-me"),
                                Option.of("saw-or-heard", "complaint.how-affected.saw-or-heard"),
                                Option.withHint("adversely-affected", "complaint.how-affected.adversely-affected",
                                        "complaint.how-affected.adversely-affected.hint"),
                                Option.of("social-media-or-news", "complaint.how-affected.social-media-or-news")),
                        when(answerIs("how-affected", "social-media-or-news"), "social-media"),
                        to("force")),
                explain("social-media", List.of("complaint.social-media.may-not-count",
                        "complaint.social-media.go-on"), to("force")),

                ask("force", Question.choice("force", QuestionType.SELECT, ApplicantPages.forces(policeBodies,
                                Option.of(DONT_KNOW, "complaint.force.dont-know"))).withHint(),
                        when(answerIs("force", DONT_KNOW), "where-it-happened"),
                        to("date-known")),
                ask("where-it-happened", Question.required("where-it-happened", QuestionType.TEXT).withHint()
                        .limitedTo(500), to("date-known")),

                ask("date-known", choice("date-known", QuestionType.RADIOS, options("date-known", "yes", "no")),
                        when(answerIs("date-known", "no"), "approximate-date"),
                        to("incident-date")),
                ask("incident-date", Question.required("incident-date", QuestionType.DATE).withHint(),
                        when(dateMoreThanMonthsAgo("incident-date", 12), "why-now"),
                        to("incident-time")),
                ask("approximate-date", Question.required("approximate-date", QuestionType.TEXT).withHint()
                        .limitedTo(200), to("over-a-year-ago")),
                ask("over-a-year-ago", choice("over-a-year-ago", QuestionType.RADIOS,
                                options("over-a-year-ago", "yes", "no")),
                        when(answerIs("over-a-year-ago", "yes"), "why-now"),
                        to("incident-time")),
                ask("why-now", Question.required("why-now", QuestionType.TEXTAREA).withHint().limitedTo(LONG_ANSWER),
                        to("incident-time")),
                ask("incident-time", Question.required("incident-time", QuestionType.TEXT).asOptional().withHint()
                        .limitedTo(100), to("incident-place")),
                ask("incident-place", Question.required("incident-place", QuestionType.TEXT).withHint()
                        .limitedTo(500), to("what-happened")),
                ask("what-happened", Question.required("what-happened", QuestionType.TEXTAREA).withHint()
                        .limitedTo(LONG_ANSWER), to("officers")),
                ask("officers", Question.required("officers", QuestionType.TEXTAREA).asOptional().withHint()
                        .limitedTo(LONG_ANSWER), to("witnesses")),
                ask("witnesses", choice("witnesses", QuestionType.RADIOS, options("witnesses", "yes", "no", DONT_KNOW)),
                        when(answerIs("witnesses", "yes"), "witness-details"),
                        to("anyone-hurt")),
                ask("witness-details", Question.required("witness-details", QuestionType.TEXTAREA).withHint()
                        .limitedTo(LONG_ANSWER), to("anyone-hurt")),
                ask("anyone-hurt", choice("anyone-hurt", QuestionType.RADIOS,
                                options("anyone-hurt", "yes", "no", DONT_KNOW)),
                        when(answerIs("anyone-hurt", "yes"), "injury-details"),
                        to("impact")),
                ask("injury-details", Question.required("injury-details", QuestionType.TEXTAREA)
                        .limitedTo(LONG_ANSWER), to("impact")),
                ask("impact", Question.required("impact", QuestionType.TEXTAREA).withHint().limitedTo(LONG_ANSWER),
                        to("evidence")),
                ask("evidence", Question.required("evidence", QuestionType.FILE).asOptional().withHint(),
                        to("outcome-wanted")),
                ask("outcome-wanted", Question.required("outcome-wanted", QuestionType.TEXTAREA).withHint()
                        .limitedTo(LONG_ANSWER), ApplicantPages.toContactDetails("who-is-complaining"))));
        pages.addAll(ApplicantPages.contactAndSupport(ID, "equality-offer"));
        pages.addAll(ApplicantPages.equality(ID));
        return new JourneyDefinition(ID, VERSION, pages);
    }

    private static Question choice(String name, QuestionType type, Option... options) {
        return Question.choice(name, type, List.of(options));
    }

    private static Question choice(String name, QuestionType type, List<Option> options) {
        return Question.choice(name, type, options);
    }

    /** Options whose labels are {@code complaint.<question>.<value>}. */
    private static List<Option> options(String question, String... values) {
        return ApplicantPages.options(ID, question, values);
    }
}
