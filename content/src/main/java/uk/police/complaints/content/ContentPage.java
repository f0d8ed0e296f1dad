package uk.police.complaints.content;

import java.time.LocalDate;
import uk.police.complaints.i18n.Language;

/** One page of written content in one language, its body already rendered to sanitised HTML. */
public record ContentPage(String slug, Language language, String title, String summary, LocalDate lastReviewed,
        String html) {
}
