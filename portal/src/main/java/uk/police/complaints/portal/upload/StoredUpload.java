package uk.police.complaints.portal.upload;

/**
 * A file as it was checked and kept: what it is (by content), its size and digest, and the scan's verdict.
 *
 * @param fileName the name the person's device gave it, only ever shown back as text
 */
public record StoredUpload(String id, String fileName, FileType type, int size, String sha256, ScanVerdict scan,
        byte[] content) {

    @Override
    public String toString() {
        return "StoredUpload[" + id + ", " + type + ", " + size + " bytes]";
    }
}
