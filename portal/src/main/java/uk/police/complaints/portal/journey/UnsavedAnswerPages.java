package uk.police.complaints.portal.journey;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import uk.police.complaints.i18n.Language;

/**
 * A journey's question page drawn again from what the person just posted to it, for when their answers could not
 * be saved (the session store unreachable): nothing they typed is lost, and sending the page again saves it. Only
 * ordinary forms: a page of file questions posts files, which are not kept for a page drawn again.
 */
@Component
public class UnsavedAnswerPages {

    /** The template that draws the page, with the model its controller gives it and {@code unsaved} set. */
    public static final String VIEW = JourneyController.QUESTION_PAGE;

    private final Journeys journeys;
    private final QuestionPageViews views;

    UnsavedAnswerPages(Journeys journeys, QuestionPageViews views) {
        this.journeys = journeys;
        this.views = views;
    }

    /** The question page at this address (/journey/page), with the posted answers; none for any other address. */
    public Optional<QuestionPageView> of(String address, MultiValueMap<String, String> form, boolean changing,
            Language language) {
        String[] parts = address.split("/");
        if (parts.length != 3) {
            return Optional.empty();
        }
        return journeys.find(parts[1]).flatMap(journey -> journey.page(parts[2])
                .filter(page -> !page.isStop() && !page.asksForFiles())
                .map(page -> views.unsaved(journey, page, new Answers(PostedAnswers.of(page, form)), changing,
                        language)));
    }
}
