package uk.police.complaints.portal.journey;

import java.util.Map;
import uk.police.complaints.i18n.Language;

/**
 * Facts a journey works out from the answers so far, for its words to use by name, such as a deadline written as
 * a date in the page's language ({@code {deadline}} in a paragraph). A journey without facts needs no bean.
 */
public interface JourneyFacts {

    /** The fact every journey that sends something to a body gives: that body's name, for the copy of the answers. */
    String SENT_TO = "sentTo";

    String journeyId();

    Map<String, Object> from(Answers answers, Language language);
}
