package uk.police.complaints.portal.applicant;

import static uk.police.complaints.portal.journey.Condition.answerIncludes;
import static uk.police.complaints.portal.journey.Condition.answerIs;
import static uk.police.complaints.portal.journey.JourneyDefinition.CHECK_ANSWERS;
import static uk.police.complaints.portal.journey.JourneyPage.ask;
import static uk.police.complaints.portal.journey.JourneyPage.askAll;
import static uk.police.complaints.portal.journey.Route.to;
import static uk.police.complaints.portal.journey.Route.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.police.complaints.portal.journey.JourneyPage;
import uk.police.complaints.portal.journey.Option;
import uk.police.complaints.portal.journey.Question;
import uk.police.complaints.portal.journey.QuestionType;
import uk.police.complaints.portal.journey.Route;
import uk.police.complaints.portal.reference.PoliceBodies;

/**
 * The pages every journey asks about the person applying, in the same shape each time: acting for someone else,
 * how to reach them, support they need, and the optional equality questions. The words are each journey's own
 * ({@code <journey>.<question>.*}): "this complaint" and "this application" are said differently, in Welsh too.
 */
public final class ApplicantPages {

    private ApplicantPages() {
    }

    /** Acting for someone else: who they are to that person, their details, permission, and whom to write to. */
    public static List<JourneyPage> onSomeonesBehalf(String journey, String next) {
        return List.of(
                ask("relationship", Question.choice("relationship", QuestionType.RADIOS,
                                options(journey, "relationship", "family", "friend", "advocate", "legal-representative",
                                        "other")),
                        to("representative-details")),
                askAll("representative-details", List.of(
                                Question.required("representative-name", QuestionType.TEXT).limitedTo(200),
                                Question.required("representative-organisation", QuestionType.TEXT).asOptional()
                                        .withHint().limitedTo(200)),
                        to("their-name")),
                ask("their-name", Question.required("their-name", QuestionType.TEXT).limitedTo(200),
                        to("permission")),
                ask("permission", Question.choice("permission", QuestionType.RADIOS,
                                options(journey, "permission", "written", "parent-or-guardian", "not-yet")).withHint(),
                        when(answerIs("permission", "not-yet"), "permission-how"),
                        to("write-to")),
                ask("permission-how", Question.required("permission-how", QuestionType.TEXTAREA).withHint()
                        .limitedTo(2_000), to("write-to")),
                ask("write-to", Question.choice("write-to", QuestionType.RADIOS,
                                options(journey, "write-to", "me", "them")),
                        to(next)));
    }

    /** The routes from the last question about the matter into {@link #contactAndSupport}: a name first, if theirs. */
    public static Route[] toContactDetails(String actingFor) {
        return new Route[] {when(answerIs(actingFor, "myself"), "your-name"), to("contact-methods")};
    }

    /**
     * Their name (when applying for themselves; a representative gave theirs already), how to reach them (only
     * the fields for the ways they choose), the language to write in (starting as the one they are using), and
     * support they need.
     */
    public static List<JourneyPage> contactAndSupport(String journey, String next) {
        return List.of(
                ask("your-name", Question.required("your-name", QuestionType.TEXT).limitedTo(200),
                        to("contact-methods")),
                ask("contact-methods", Question.choice("contact-methods", QuestionType.CHECKBOXES,
                                options(journey, "contact-methods", "email", "phone", "post")).withHint(),
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
                ask("correspondence-language", Question.choice("correspondence-language", QuestionType.RADIOS,
                                options(journey, "correspondence-language", "en", "cy")).withHint()
                                .suggestingPageLanguage(),
                        to("support")),
                ask("support", Question.choice("support", QuestionType.CHECKBOXES, supportOptions(journey)).withHint(),
                        when(answerIncludes("support", "other"), "support-other"),
                        to(next)),
                ask("support-other", Question.required("support-other", QuestionType.TEXT).limitedTo(500),
                        to(next)));
    }

    /** The optional equality questions, each with "prefer not to say", and then check answers. */
    public static List<JourneyPage> equality(String journey) {
        List<JourneyPage> pages = new ArrayList<>(List.of(equalityOffer(journey, "equality-age"),
                ask("equality-age", Question.choice("equality-age", QuestionType.RADIOS, options(journey,
                                "equality-age", "under-18", "18-24", "25-34", "35-44", "45-54", "55-64", "65-or-over",
                                "prefer-not")),
                        to("equality-ethnicity"))));
        pages.addAll(equalityAfterAge(journey));
        return pages;
    }

    /**
     * The optional equality questions for a journey that has already asked the person's age in its own bands:
     * nobody should be asked how old they are twice. Their equality answers then carry no age band.
     */
    public static List<JourneyPage> equalityWithoutAge(String journey) {
        List<JourneyPage> pages = new ArrayList<>(List.of(equalityOffer(journey, "equality-ethnicity")));
        pages.addAll(equalityAfterAge(journey));
        return pages;
    }

    private static JourneyPage equalityOffer(String journey, String firstQuestion) {
        return ask("equality-offer", Question.choice("equality-offer", QuestionType.RADIOS,
                        options(journey, "equality-offer", "yes", "no")).withHint(),
                when(answerIs("equality-offer", "yes"), firstQuestion),
                to(CHECK_ANSWERS));
    }

    private static List<JourneyPage> equalityAfterAge(String journey) {
        return List.of(
                ask("equality-ethnicity", Question.choice("equality-ethnicity", QuestionType.RADIOS, options(journey,
                                "equality-ethnicity", "asian", "black", "mixed", "white", "other", "prefer-not")),
                        to("equality-disability")),
                ask("equality-disability", Question.choice("equality-disability", QuestionType.RADIOS,
                                options(journey, "equality-disability", "yes", "no", "prefer-not")).withHint(),
                        to("equality-gender")),
                ask("equality-gender", Question.choice("equality-gender", QuestionType.RADIOS, options(journey,
                                "equality-gender", "woman", "man", "another-way", "prefer-not")),
                        to(CHECK_ANSWERS)));
    }

    /** Every force and body, by its own name in each language, and then an "I don't know" if one is given. */
    public static List<Option> forces(PoliceBodies policeBodies, Option... after) {
        List<Option> forces = new ArrayList<>(policeBodies.all().stream()
                .map(body -> Option.named(body.code(), body.nameEnglish(), body.nameWelsh()))
                .toList());
        forces.addAll(List.of(after));
        return forces;
    }

    /** Options whose labels are {@code <journey>.<question>.<value>}. */
    public static List<Option> options(String journey, String question, String... values) {
        return Arrays.stream(values).map(value -> Option.of(value, journey + "." + question + "." + value)).toList();
    }

    private static List<Option> supportOptions(String journey) {
        List<Option> support = new ArrayList<>(options(journey, "support",
                "large-print", "easy-read", "bsl", "interpreter", "text-relay", "advocate", "other"));
        support.add(Option.exclusive("none", journey + ".support.none"));
        return support;
    }
}
