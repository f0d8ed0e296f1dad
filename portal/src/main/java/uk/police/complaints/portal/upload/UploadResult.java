package uk.police.complaints.portal.upload;

import java.util.List;

/** What became of one uploaded file: kept, or refused with a message key (and its arguments) to show beside it. */
public sealed interface UploadResult {

    record Kept(StoredUpload upload) implements UploadResult {
    }

    record Refused(String messageKey, List<Object> arguments) implements UploadResult {
    }
}
