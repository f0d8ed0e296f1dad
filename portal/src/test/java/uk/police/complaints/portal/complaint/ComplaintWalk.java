package uk.police.complaints.portal.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import uk.police.complaints.portal.journey.JourneyClient;

/**
 * A complaint for oneself, page by page with its answers, for tests that walk people through one: the answers
 * can be changed, and the walk cut where a test does something else (breaks a part, say) and taken up again.
 */
public record ComplaintWalk(List<Page> pages) {

    /** A page's address and what is posted to it, as field, value, field, value. */
    public record Page(String path, List<String> answers) {

        String[] namesAndValues() {
            return answers.toArray(String[]::new);
        }
    }

    public static ComplaintWalk forOneself() {
        return new ComplaintWalk(List.of(
                page("before-you-start"),
                page("who-is-complaining", "who-is-complaining", "myself"),
                page("how-affected", "how-affected", "happened-to-me"),
                page("force", "force", "south-wales-police"),
                page("date-known", "date-known", "yes"),
                page("incident-date", "incident-date-day", "1", "incident-date-month", "9", "incident-date-year",
                        "2026"),
                page("incident-time", "incident-time", ""),
                page("incident-place", "incident-place", "Heol y Frenhines"),
                page("what-happened", "what-happened", "I was stopped and searched for no reason."),
                page("officers", "officers", "PC 1234"),
                page("witnesses", "witnesses", "no"),
                page("anyone-hurt", "anyone-hurt", "no"),
                page("impact", "impact", "I no longer go out alone."),
                page("evidence"),
                page("outcome-wanted", "outcome-wanted", "An apology."),
                page("your-name", "your-name", "Siân Ŵyn Llŷr"),
                page("contact-methods", "contact-methods", "phone"),
                page("contact-phone", "contact-phone", "07700 900982"),
                page("correspondence-language", "correspondence-language", "cy"),
                page("support", "support", "none"),
                page("equality-offer", "equality-offer", "no")));
    }

    /** The same walk, with this answer to a field instead. */
    public ComplaintWalk answering(String field, String value) {
        List<Page> changed = new ArrayList<>();
        for (Page page : pages) {
            List<String> answers = new ArrayList<>(page.answers());
            for (int i = 0; i < answers.size(); i += 2) {
                if (answers.get(i).equals(field)) {
                    answers.set(i + 1, value);
                }
            }
            changed.add(new Page(page.path(), List.copyOf(answers)));
        }
        return new ComplaintWalk(List.copyOf(changed));
    }

    /** The pages before this one (its slug). */
    public ComplaintWalk before(String slug) {
        return new ComplaintWalk(pages.subList(0, indexOf(slug)));
    }

    /** The pages from this one (its slug) on. */
    public ComplaintWalk from(String slug) {
        return new ComplaintWalk(pages.subList(indexOf(slug), pages.size()));
    }

    /** Answers each page as the person opens it. */
    public void walk(JourneyClient person) {
        pages.forEach(page -> person.answer(page.path(), page.namesAndValues()));
    }

    /** Answers each page after taking this long over it, as a person would. */
    public void walkReading(JourneyClient person, Duration reading) throws InterruptedException {
        for (Page page : pages) {
            person.answerAfterReading(reading, page.path(), page.namesAndValues());
        }
    }

    /** Sends each page's form with a token taken once, as fast as a program can: for many people at once. */
    public void walkWith(JourneyClient person, String token) {
        pages.forEach(page -> assertThat(person.sendForm(page.path(), token, page.namesAndValues()).getStatus()
                .is3xxRedirection()).as(page.path()).isTrue());
    }

    private int indexOf(String slug) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).path().equals("/complaint/" + slug)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the complaint has no page " + slug);
    }

    private static Page page(String slug, String... answers) {
        return new Page("/complaint/" + slug, List.of(answers));
    }
}
