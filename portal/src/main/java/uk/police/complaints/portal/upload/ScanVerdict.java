package uk.police.complaints.portal.upload;

/** What a malware scan found. */
public enum ScanVerdict {
    CLEAN,
    INFECTED,
    /** The scanner could not answer: the file is not taken, and the person can try again. */
    UNAVAILABLE,
    /** No scanner is configured (the embedded default); the back office is told. */
    NOT_SCANNED
}
