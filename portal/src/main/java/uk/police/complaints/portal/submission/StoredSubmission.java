package uk.police.complaints.portal.submission;

import uk.police.complaints.i18n.Language;

/** A submission as it was committed, with the message the back office receives while the outbox still holds it. */
public record StoredSubmission(Reference reference, String kind, int schemaVersion, Language language, String message) {

    @Override
    public String toString() {
        return "StoredSubmission[" + reference.value() + ", " + kind + "]";
    }
}
