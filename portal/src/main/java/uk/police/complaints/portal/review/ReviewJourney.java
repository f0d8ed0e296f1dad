package uk.police.complaints.portal.review;

import static uk.police.complaints.portal.journey.Condition.answerIs;
import static uk.police.complaints.portal.journey.Condition.dateMoreThanDaysAgo;
import static uk.police.complaints.portal.journey.JourneyPage.ask;
import static uk.police.complaints.portal.journey.JourneyPage.explain;
import static uk.police.complaints.portal.journey.JourneyPage.stop;
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
import uk.police.complaints.portal.journey.PageLink;
import uk.police.complaints.portal.journey.Question;
import uk.police.complaints.portal.journey.QuestionType;
import uk.police.complaints.portal.reference.PoliceBodies;

/**
 * Applying for a review (or, for complaints recorded before 1 February 2020, an appeal): first whether the person
 * can apply yet, then who reviews it, the outcome letter's date against the 28-day limit (late applications are
 * taken, with the reason), why the outcome was not reasonable and proportionate, and the person's details.
 */
@Configuration(proxyBeanMethods = false)
class ReviewJourney {

    static final String ID = "review";
    static final int VERSION = 1;
    static final int LONG_ANSWER = 10_000;

    @Bean
    JourneyDefinition reviewJourneyDefinition(PoliceBodies policeBodies) {
        List<JourneyPage> pages = new ArrayList<>(List.of(
                explain("before-you-start", List.of("review.before-you-start.what",
                        "review.before-you-start.time-limit", "review.before-you-start.need"),
                        to("had-outcome")),
                ask("had-outcome", choice("had-outcome", "yes", "waiting", "not-complained").withHint(),
                        when(answerIs("had-outcome", "waiting"), "no-outcome-yet"),
                        when(answerIs("had-outcome", "not-complained"), "complain-first"),
                        to("recorded-before-2020")),
                stop("no-outcome-yet", List.of("review.no-outcome-yet.when", "review.no-outcome-yet.unhappy"),
                        new PageLink("review.no-outcome-yet.contact", "/contact")),
                stop("complain-first", List.of("review.complain-first.why"),
                        new PageLink("review.complain-first.complain", "/complaint/before-you-start")),
                ask("recorded-before-2020", choice("recorded-before-2020", "yes", "no", "dont-know").withHint(),
                        to("review-body")),
                ask("review-body", choice("review-body", "iopc", "local-policing-body", "not-sure").withHint(),
                        when(answerIs("review-body", "not-sure"), "review-body-help"),
                        to("force")),
                explain("review-body-help", List.of("review.review-body-help.look", "review.review-body-help.default"),
                        to("force")),
                ask("force", Question.choice("force", QuestionType.SELECT, ApplicantPages.forces(policeBodies))
                        .withHint(), to("letter-date")),
                ask("letter-date", Question.required("letter-date", QuestionType.DATE).withHint(),
                        when(dateMoreThanDaysAgo("letter-date", ReviewTimeLimit.DAYS), "late"),
                        to("in-time")),
                explain("in-time", List.of("review.in-time.deadline", "review.in-time.go-on"),
                        to("outcome-letter")),
                explain("late", List.of("review.late.deadline", "review.late.go-on"), to("why-late")),
                ask("why-late", Question.required("why-late", QuestionType.TEXTAREA).withHint().limitedTo(LONG_ANSWER),
                        to("outcome-letter")),
                ask("outcome-letter", Question.required("outcome-letter", QuestionType.FILE).asOptional().withHint(),
                        to("other-documents")),
                ask("other-documents", Question.required("other-documents", QuestionType.FILE).asOptional()
                        .withHint(), to("complaint-reference")),
                ask("complaint-reference", Question.required("complaint-reference", QuestionType.TEXT).asOptional()
                        .withHint().limitedTo(100), to("who-is-applying")),
                ask("who-is-applying", Question.choice("who-is-applying", QuestionType.RADIOS, List.of(
                                Option.of("myself", "review.who-is-applying.myself"),
                                Option.withHint("someone-else", "review.who-is-applying.someone-else",
                                        "review.who-is-applying.someone-else.hint"))),
                        when(answerIs("who-is-applying", "someone-else"), "relationship"),
                        to("why-unreasonable"))));
        pages.addAll(ApplicantPages.onSomeonesBehalf(ID, "why-unreasonable"));
        pages.addAll(List.of(
                ask("why-unreasonable", Question.required("why-unreasonable", QuestionType.TEXTAREA).withHint()
                        .limitedTo(LONG_ANSWER), to("outcome-wanted")),
                ask("outcome-wanted", Question.required("outcome-wanted", QuestionType.TEXTAREA).withHint()
                        .limitedTo(LONG_ANSWER), ApplicantPages.toContactDetails("who-is-applying"))));
        pages.addAll(ApplicantPages.contactAndSupport(ID, "equality-offer"));
        pages.addAll(ApplicantPages.equality(ID));
        return new JourneyDefinition(ID, VERSION, pages);
    }

    private static Question choice(String question, String... values) {
        return Question.choice(question, QuestionType.RADIOS, ApplicantPages.options(ID, question, values));
    }
}
