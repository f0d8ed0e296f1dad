package uk.police.complaints.portal.journey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole journey as data: its pages in order of first appearance, and where each leads. The complaint, review
 * and feedback journeys are instances of this, checked by {@link JourneyDefinitionCheck} before the portal starts.
 *
 * @param version raised whenever a change would make saved answers mean something else
 */
public record JourneyDefinition(String id, int version, List<JourneyPage> pages) {

    /** The route target that ends the questions and leads to the check-answers page. */
    public static final String CHECK_ANSWERS = "check-answers";
    public static final String CONFIRMATION = "confirmation";
    /** Under check answers and the confirmation: the copy of the answers as a PDF. */
    public static final String COPY = "copy.pdf";

    public JourneyDefinition {
        pages = List.copyOf(pages);
    }

    public JourneyPage start() {
        return pages.get(0);
    }

    public Optional<JourneyPage> page(String slug) {
        return pages.stream().filter(page -> page.slug().equals(slug)).findFirst();
    }

    public Map<String, Question> questions() {
        Map<String, Question> questions = new LinkedHashMap<>();
        pages.forEach(page -> page.questions().forEach(question -> questions.put(question.name(), question)));
        return questions;
    }

    public String key(String suffix) {
        return id + "." + suffix;
    }
}
