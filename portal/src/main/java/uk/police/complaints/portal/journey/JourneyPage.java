package uk.police.complaints.portal.journey;

import java.util.List;

/**
 * One page of a journey. With a single question, the question is the page's heading (the GOV.UK pattern);
 * otherwise the heading is {@code <journey>.<slug>.heading}. {@code paragraphs} are message keys shown under the
 * heading; a page with no questions is an interstitial that the person reads and continues from, and one with no
 * routes either is where the journey stops, because this service is not what the person needs: it says why and
 * links to what is.
 */
public record JourneyPage(String slug, List<Question> questions, List<String> paragraphs, List<Route> routes,
        List<PageLink> links) {

    public JourneyPage {
        questions = List.copyOf(questions);
        paragraphs = List.copyOf(paragraphs);
        routes = List.copyOf(routes);
        links = List.copyOf(links);
    }

    public static JourneyPage ask(String slug, Question question, Route... routes) {
        return new JourneyPage(slug, List.of(question), List.of(), List.of(routes), List.of());
    }

    public static JourneyPage askAll(String slug, List<Question> questions, Route... routes) {
        return new JourneyPage(slug, questions, List.of(), List.of(routes), List.of());
    }

    public static JourneyPage explain(String slug, List<String> paragraphs, Route... routes) {
        return new JourneyPage(slug, List.of(), paragraphs, List.of(routes), List.of());
    }

    /** Where the journey stops: why, and links to what the person needs instead. */
    public static JourneyPage stop(String slug, List<String> paragraphs, PageLink... links) {
        return new JourneyPage(slug, List.of(), paragraphs, List.of(), List.of(links));
    }

    public boolean isStop() {
        return questions.isEmpty() && routes.isEmpty();
    }

    /** A page with file questions posts its form as multipart. */
    public boolean asksForFiles() {
        return questions.stream().anyMatch(question -> question.type() == QuestionType.FILE);
    }

    public boolean questionIsHeading() {
        return questions.size() == 1;
    }

    /** What the page saves: its questions' fields, or for an interstitial the mark that it was read. */
    public List<String> fields() {
        if (questions.isEmpty()) {
            return List.of(slug);
        }
        return questions.stream().flatMap(question -> question.fields().stream()).toList();
    }
}
