package uk.police.complaints.portal.submission;

import uk.police.complaints.i18n.Language;

/** A submission as it was committed. */
public record StoredSubmission(Reference reference, String kind, int schemaVersion, Language language, String payload) {
}
