package uk.police.complaints.portal.upload;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Files people send ({@code portal.uploads.*}); every default is in application.yml.
 *
 * @param scanner {@code clamav} (production) or {@code none} (the embedded default: files are marked not scanned)
 * @param maxFileSize the largest file taken
 * @param maxFiles the most files one question takes
 * @param keepUnsentFor how long a file uploaded on a journey that was never sent is kept
 */
@ConfigurationProperties("portal.uploads")
public record UploadProperties(String scanner, DataSize maxFileSize, int maxFiles, Duration keepUnsentFor,
        ClamAv clamav) {

    /** Where clamd listens, and how long to wait for its answer. */
    public record ClamAv(String host, int port, Duration timeout) {
    }
}
