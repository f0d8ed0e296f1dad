package uk.police.complaints.portal.journey;

import java.util.List;

/**
 * One page of a journey. With a single question, the question is the page's heading (the GOV.UK pattern);
 * otherwise the heading is {@code <journey>.<slug>.heading}. {@code paragraphs} are message keys shown under the
 * heading; a page with no questions is an interstitial that the person reads and continues from.
 */
public record JourneyPage(String slug, List<Question> questions, List<String> paragraphs, List<Route> routes) {

    public JourneyPage {
        questions = List.copyOf(questions);
        paragraphs = List.copyOf(paragraphs);
        routes = List.copyOf(routes);
    }

    public static JourneyPage ask(String slug, Question question, Route... routes) {
        return new JourneyPage(slug, List.of(question), List.of(), List.of(routes));
    }

    public static JourneyPage askAll(String slug, List<Question> questions, Route... routes) {
        return new JourneyPage(slug, questions, List.of(), List.of(routes));
    }

    public static JourneyPage explain(String slug, List<String> paragraphs, Route... routes) {
        return new JourneyPage(slug, List.of(), paragraphs, List.of(routes));
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
