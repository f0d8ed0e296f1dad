package uk.police.complaints.content;

import java.time.LocalDate;
import java.util.List;
import uk.police.complaints.i18n.Language;

/**
 * One page of written content in one language, its body already rendered to sanitised HTML.
 *
 * @param audience who the page is written for ({@code young people} for the guides), or empty
 * @param topics the topics a guide is filed under, for the guides index's filter
 * @param related the slugs of guides to read next
 * @param sensitive whether the page carries "Exit this page", for someone who may need to leave it quickly
 */
public record ContentPage(String slug, Language language, String title, String summary, LocalDate lastReviewed,
        String audience, List<String> topics, List<String> related, boolean sensitive, String html) {

    public ContentPage {
        topics = List.copyOf(topics);
        related = List.copyOf(related);
    }
}
