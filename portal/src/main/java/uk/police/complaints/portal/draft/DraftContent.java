package uk.police.complaints.portal.draft;

import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.journey.Answers;

/**
 * What a draft keeps: a journey's answers as they were in the session, the journey's version they were given
 * against, and the language the person was using.
 */
record DraftContent(String journeyId, int version, Language language, Answers answers) {

    @Override
    public String toString() {
        return "DraftContent[" + journeyId + " v" + version + ", " + language.tag() + "]";
    }
}
