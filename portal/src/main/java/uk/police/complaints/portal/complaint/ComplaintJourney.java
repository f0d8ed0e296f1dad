package uk.police.complaints.portal.complaint;

import static uk.police.complaints.portal.journey.Condition.answerIncludes;
import static uk.police.complaints.portal.journey.Condition.answerIs;
import static uk.police.complaints.portal.journey.Condition.dateMoreThanMonthsAgo;
import static uk.police.complaints.portal.journey.JourneyDefinition.CHECK_ANSWERS;
import static uk.police.complaints.portal.journey.JourneyPage.ask;
import static uk.police.complaints.portal.journey.JourneyPage.askAll;
import static uk.police.complaints.portal.journey.JourneyPage.explain;
import static uk.police.complaints.portal.journey.Route.to;
import static uk.police.complaints.portal.journey.Route.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.police.complaints.portal.journey.JourneyDefinition;
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
        return new JourneyDefinition(ID, VERSION, List.of(
                explain("before-you-start", List.of("complaint.before-you-start.crime",
                        "complaint.before-you-start.what"),
                        to("who-is-complaining")),
                ask("who-is-complaining", choice("who-is-complaining", QuestionType.RADIOS,
                                Option.of("myself", "complaint.who-is-complaining.myself"),
                                Option.withHint("someone-else", "complaint.who-is-complaining.someone-else",
                                        "complaint.who-is-complaining.someone-else.hint")),
                        when(answerIs("who-is-complaining", "someone-else"), "relationship"),
                        to("how-affected")),

                ask("relationship", choice("relationship", QuestionType.RADIOS,
                                options("relationship", "family", "friend", "advocate", "legal-representative", "other")),
                        to("representative-details")),
                askAll("representative-details", List.of(
                                Question.required("representative-name", QuestionType.TEXT).limitedTo(200),
                                Question.required("representative-organisation", QuestionType.TEXT).asOptional()
                                        .withHint().limitedTo(200)),
                        to("their-name")),
                ask("their-name", Question.required("their-name", QuestionType.TEXT).limitedTo(200),
                        to("permission")),
                ask("permission", choice("permission", QuestionType.RADIOS,
                                options("permission", "written", "parent-or-guardian", "not-yet")).withHint(),
                        when(answerIs("permission", "not-yet"), "permission-how"),
                        to("write-to")),
                ask("permission-how", Question.required("permission-how", QuestionType.TEXTAREA).withHint()
                        .limitedTo(2_000), to("write-to")),
                ask("write-to", choice("write-to", QuestionType.RADIOS, options("write-to", "me", "them")),
                        to("how-affected")),

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

                ask("force", Question.choice("force", QuestionType.SELECT, forces(policeBodies)).withHint(),
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
                        to("outcome-wanted")),
                ask("outcome-wanted", Question.required("outcome-wanted", QuestionType.TEXTAREA).withHint()
                        .limitedTo(LONG_ANSWER),
                        when(answerIs("who-is-complaining", "myself"), "your-name"),
                        to("contact-methods")),

                ask("your-name", Question.required("your-name", QuestionType.TEXT).limitedTo(200),
                        to("contact-methods")),
                ask("contact-methods", choice("contact-methods", QuestionType.CHECKBOXES,
                                options("contact-methods", "email", "phone", "post")).withHint(),
                        when(answerIncludes("contact-methods", "email"), "contact-email"),
                        when(answerIncludes("contact-methods", "phone"), "contact-phone"),
                        when(answerIncludes("contact-methods", "post"), "contact-address"),
                        to("correspondence-language")),
                ask("contact-email", Question.required("contact-email", QuestionType.EMAIL),
                        when(answerIncludes("contact-methods", "phone"), "contact-phone"),
                        when(answerIncludes("contact-methods", "post"), "contact-address"),
                        to("correspondence-language")),
                ask("contact-phone", Question.required("contact-phone", QuestionType.PHONE).withHint(),
                        when(answerIncludes("contact-methods", "post"), "contact-address"),
                        to("correspondence-language")),
                askAll("contact-address", List.of(
                                Question.required("address-line-1", QuestionType.TEXT).limitedTo(200),
                                Question.required("address-line-2", QuestionType.TEXT).asOptional().limitedTo(200),
                                Question.required("address-town", QuestionType.TEXT).limitedTo(100),
                                Question.required("address-postcode", QuestionType.POSTCODE)),
                        to("correspondence-language")),
                ask("correspondence-language", choice("correspondence-language", QuestionType.RADIOS,
                                Option.of("en", "complaint.correspondence-language.en"),
                                Option.of("cy", "complaint.correspondence-language.cy")).withHint()
                                .suggestingPageLanguage(),
                        to("support")),
                ask("support", Question.choice("support", QuestionType.CHECKBOXES, supportOptions()).withHint(),
                        when(answerIncludes("support", "other"), "support-other"),
                        to("equality-offer")),
                ask("support-other", Question.required("support-other", QuestionType.TEXT).limitedTo(500),
                        to("equality-offer")),

                ask("equality-offer", choice("equality-offer", QuestionType.RADIOS,
                                options("equality-offer", "yes", "no")).withHint(),
                        when(answerIs("equality-offer", "yes"), "equality-age"),
                        to(CHECK_ANSWERS)),
                ask("equality-age", choice("equality-age", QuestionType.RADIOS, options("equality-age",
                                "under-18", "18-24", "25-34", "35-44", "45-54", "55-64", "65-or-over", "prefer-not")),
                        to("equality-ethnicity")),
                ask("equality-ethnicity", choice("equality-ethnicity", QuestionType.RADIOS,
                                options("equality-ethnicity", "asian", "black", "mixed", "white", "other", "prefer-not")),
                        to("equality-disability")),
                ask("equality-disability", choice("equality-disability", QuestionType.RADIOS,
                                options("equality-disability", "yes", "no", "prefer-not")).withHint(),
                        to("equality-gender")),
                ask("equality-gender", choice("equality-gender", QuestionType.RADIOS,
                                options("equality-gender", "woman", "man", "another-way", "prefer-not")),
                        to(CHECK_ANSWERS))));
    }

    private static Question choice(String name, QuestionType type, Option... options) {
        return Question.choice(name, type, List.of(options));
    }

    private static Question choice(String name, QuestionType type, List<Option> options) {
        return Question.choice(name, type, options);
    }

    /** Options whose labels are {@code complaint.<question>.<value>}. */
    private static List<Option> options(String question, String... values) {
        return Arrays.stream(values).map(value -> Option.of(value, "complaint." + question + "." + value)).toList();
    }

    private static List<Option> forces(PoliceBodies policeBodies) {
        List<Option> forces = new ArrayList<>(policeBodies.all().stream()
                .map(body -> Option.named(body.code(), body.nameEnglish(), body.nameWelsh()))
                .toList());
        forces.add(Option.of(DONT_KNOW, "complaint.force.dont-know"));
        return forces;
    }

    private static List<Option> supportOptions() {
        List<Option> support = new ArrayList<>(options("support",
                "large-print", "easy-read", "bsl", "interpreter", "text-relay", "advocate", "other"));
        support.add(Option.exclusive("none", "complaint.support.none"));
        return support;
    }
}
