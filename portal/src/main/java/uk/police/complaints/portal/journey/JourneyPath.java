package uk.police.complaints.portal.journey;

import java.util.List;
import java.util.Optional;

/**
 * The pages a person has completed, in order, found by replaying their answers from the start; and the page they
 * must answer next, if the path does not yet reach check answers.
 */
public record JourneyPath(List<JourneyPage> completed, Optional<JourneyPage> next) {

    public JourneyPath {
        completed = List.copyOf(completed);
    }

    public boolean reachesCheckAnswers() {
        return next.isEmpty();
    }

    /** A person may open any page they have completed and the one they must answer next, nothing further on. */
    public boolean canVisit(String slug) {
        return completed.stream().anyMatch(page -> page.slug().equals(slug))
                || next.map(page -> page.slug().equals(slug)).orElse(false);
    }

    /** The page before this one on the path; empty for the first page. */
    public Optional<JourneyPage> before(String slug) {
        List<JourneyPage> pages = new java.util.ArrayList<>(completed);
        next.ifPresent(pages::add);
        for (int i = 1; i < pages.size(); i++) {
            if (pages.get(i).slug().equals(slug)) {
                return Optional.of(pages.get(i - 1));
            }
        }
        return Optional.empty();
    }

    /** The fields of every completed page: the answers that count. */
    public List<String> fields() {
        return completed.stream().flatMap(page -> page.fields().stream()).toList();
    }
}
