package uk.police.complaints.portal.submission;

import uk.police.complaints.portal.upload.StoredUpload;

/** A file on its way with a submission: its message's key ({@code <reference>-file-<n>}), its question, the file. */
record SentFile(String key, String question, StoredUpload upload) {
}
