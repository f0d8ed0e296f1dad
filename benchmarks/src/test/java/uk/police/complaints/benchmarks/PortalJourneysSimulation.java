package uk.police.complaints.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * People using the portal over HTTP as a browser would, with its session cookie and each form's CSRF token: reading
 * the start page and a guide, making a complaint to its reference, applying for a review, answering a survey; three
 * in ten in Welsh. A closed model: {@code -Dusers} people at once, each starting again as soon as they finish, for
 * {@code -Dseconds}, without pauses (the portal runs with {@code min-time-on-page=0}), so it measures capacity.
 * Requests are named by kind, not by page, so the report gives one line per kind ("question page", "send complaint").
 */
public class PortalJourneysSimulation extends Simulation {

    private static final String PORTAL = System.getProperty("portal", "http://127.0.0.1:8080");
    private static final int USERS = Integer.getInteger("users", 16);
    private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("seconds", 30));
    /** A reference as the confirmation shows it, such as HK3D-7WQP-M. */
    private static final String REFERENCE = "<strong>[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]</strong>";
    private static final List<String> GUIDES = List.of("stop-and-search", "stopped-in-a-vehicle", "being-arrested",
            "strip-searches", "use-of-force-and-taser", "how-to-complain", "your-right-to-a-review", "getting-help");

    private final HttpProtocolBuilder browser = http.baseUrl(PORTAL)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptEncodingHeader("gzip, deflate, br")
            .acceptLanguageHeader("en-GB,en;q=0.9")
            .userAgentHeader("portal-benchmark (Gatling)")
            .disableFollowRedirect();

    private final ChainBuilder arrive = exec(session -> session
            .set("lang", ThreadLocalRandom.current().nextInt(10) < 3 ? "cy" : "en")
            .set("guide", GUIDES.get(ThreadLocalRandom.current().nextInt(GUIDES.size()))))
            .exec(http("start page").get("/?lang=#{lang}").check(status().is(200)));

    private final ChainBuilder readAGuide = exec(http("guide list").get("/know-your-rights").check(status().is(200)))
            .exec(http("guide").get("/know-your-rights/#{guide}").check(status().is(200)));

    private final ChainBuilder complain = exec(
            answer("complaint", "before-you-start"),
            answer("complaint", "who-is-complaining", "who-is-complaining", "myself"),
            answer("complaint", "how-affected", "how-affected", "happened-to-me"),
            answer("complaint", "force", "force", "south-wales-police"),
            answer("complaint", "date-known", "date-known", "yes"),
            answer("complaint", "incident-date", "incident-date-day", "1", "incident-date-month", "9",
                    "incident-date-year", "2026"),
            answer("complaint", "incident-time", "incident-time", ""),
            answer("complaint", "incident-place", "incident-place", "Heol y Frenhines, Caerdydd"),
            answer("complaint", "what-happened", "what-happened",
                    "I was stopped and searched on my way home. The officer would not say why. ".repeat(8)),
            answer("complaint", "officers", "officers", "PC 1234"),
            answer("complaint", "witnesses", "witnesses", "no"),
            answer("complaint", "anyone-hurt", "anyone-hurt", "no"),
            answer("complaint", "impact", "impact", "I no longer go out on my own after dark."),
            answer("complaint", "evidence"),
            answer("complaint", "outcome-wanted", "outcome-wanted", "An apology and an explanation."),
            answer("complaint", "your-name", "your-name", "Siân Ŵyn Llŷr"),
            answer("complaint", "contact-methods", "contact-methods", "phone"),
            answer("complaint", "contact-phone", "contact-phone", "029 2018 0000"),
            answer("complaint", "correspondence-language", "correspondence-language", "cy"),
            answer("complaint", "support", "support", "none"),
            answer("complaint", "equality-offer", "equality-offer", "no"),
            send("complaint", true));

    private final ChainBuilder applyForAReview = exec(
            answer("review", "before-you-start"),
            answer("review", "had-outcome", "had-outcome", "yes"),
            answer("review", "recorded-before-2020", "recorded-before-2020", "no"),
            answer("review", "review-body", "review-body", "iopc"),
            answer("review", "force", "force", "south-wales-police"),
            answer("review", "letter-date", "letter-date-day", letterDate().getDayOfMonth() + "",
                    "letter-date-month", letterDate().getMonthValue() + "", "letter-date-year",
                    letterDate().getYear() + ""),
            answer("review", "in-time"),
            answer("review", "outcome-letter"),
            answer("review", "other-documents"),
            answer("review", "complaint-reference", "complaint-reference", ""),
            answer("review", "who-is-applying", "who-is-applying", "myself"),
            answer("review", "why-unreasonable", "why-unreasonable", "Nobody spoke to my witness."),
            answer("review", "outcome-wanted", "outcome-wanted", "Look at it again."),
            answer("review", "your-name", "your-name", "Dafydd Llŷr"),
            answer("review", "contact-methods", "contact-methods", "phone"),
            answer("review", "contact-phone", "contact-phone", "07700 900982"),
            answer("review", "correspondence-language", "correspondence-language", "en"),
            answer("review", "support", "support", "none"),
            answer("review", "equality-offer", "equality-offer", "no"),
            send("review", true));

    private final ChainBuilder giveFeedback = exec(
            answer("service-feedback", "satisfaction", "satisfaction", "satisfied"),
            answer("service-feedback", "improve", "improve", "Fewer questions on one page."),
            answer("service-feedback", "got-help", "got-help", "partly"),
            answer("service-feedback", "add-reference", "add-reference", "no"),
            send("service-feedback", false));

    private final ScenarioBuilder people = scenario("people using the portal").exec(arrive).exec(randomSwitch().on(
            percent(35).then(readAGuide),
            percent(35).then(complain),
            percent(15).then(applyForAReview),
            percent(15).then(giveFeedback)));

    {
        // People still part-way through a journey when the time is up are stopped soon after, to bound the run.
        setUp(people.injectClosed(constantConcurrentUsers(USERS).during(DURATION))).protocols(browser)
                .maxDuration(DURATION.plusSeconds(15));
    }

    /** Opens a question page, keeps its CSRF token, and sends its form with these answers (names and values). */
    private static ChainBuilder answer(String journey, String page, String... namesAndValues) {
        String path = "/" + journey + "/" + page;
        HttpRequestActionBuilder post = http("answer").post(path).formParam("_csrf", "#{csrf}");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            post = post.formParam(namesAndValues[i], namesAndValues[i + 1]);
        }
        return exec(http("question page").get(path)
                .check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
                .exec(post.check(status().is(303)));
    }

    /** Check answers, then sending: the portal commits the record and its outbox entry before the confirmation. */
    private static ChainBuilder send(String journey, boolean showsAReference) {
        String path = "/" + journey + "/check-answers";
        return exec(http("check answers").get(path)
                .check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
                .exec(http("send " + journey).post(path).formParam("_csrf", "#{csrf}")
                        .check(status().is(303), header("Location").is("/" + journey + "/confirmation")))
                .exec(http("confirmation").get("/" + journey + "/confirmation")
                        .check(status().is(200), showsAReference ? regex(REFERENCE).exists() : regex(REFERENCE).notExists()));
    }

    private static LocalDate letterDate() {
        return LocalDate.now().minusDays(3);
    }
}
