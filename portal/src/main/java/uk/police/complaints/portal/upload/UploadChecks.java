package uk.police.complaints.portal.upload;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import uk.police.complaints.portal.Sha256;

/**
 * Takes one uploaded file or says why not, in GOV.UK's words for file upload errors: not empty, not too big, one
 * of the allowed kinds by its content, and free of malware; then keeps it, sealed, until the journey is sent.
 */
@Component
public class UploadChecks {

    private static final int LONGEST_NAME = 120;

    private final UploadProperties properties;
    private final MalwareScanner scanner;
    private final Uploads uploads;

    UploadChecks(UploadProperties properties, MalwareScanner scanner, Uploads uploads) {
        this.properties = properties;
        this.scanner = scanner;
        this.uploads = uploads;
    }

    public int mostFiles() {
        return properties.maxFiles();
    }

    public int largestFileBytes() {
        return (int) properties.maxFileSize().toBytes();
    }

    /** The refusal for a file that was not even read to its end, being larger than any file taken. */
    public Mono<UploadResult> tooBig() {
        return refused("journey.error.file.too-big", properties.maxFileSize().toMegabytes());
    }

    public Mono<UploadResult> take(String offeredName, byte[] content) {
        if (content.length == 0) {
            return refused("journey.error.file.empty");
        }
        if (content.length > properties.maxFileSize().toBytes()) {
            return tooBig();
        }
        Optional<FileType> type = FileType.of(content);
        if (type.isEmpty()) {
            return refused("journey.error.file.type");
        }
        return scanner.scan(content).flatMap(verdict -> switch (verdict) {
            case INFECTED -> refused("journey.error.file.virus");
            case UNAVAILABLE -> refused("journey.error.file.not-checked");
            case CLEAN, NOT_SCANNED -> {
                StoredUpload upload = new StoredUpload(UUID.randomUUID().toString(), fileName(offeredName),
                        type.get(), content.length, Sha256.hex(content), verdict, content);
                yield uploads.keep(upload).thenReturn((UploadResult) new UploadResult.Kept(upload));
            }
        });
    }

    /** The last part of what the device sent, without control characters, short enough to show. */
    static String fileName(String offered) {
        String name = offered == null ? "" : offered.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "file";
        }
        return name.codePointCount(0, name.length()) <= LONGEST_NAME ? name
                : name.substring(0, name.offsetByCodePoints(0, LONGEST_NAME));
    }

    private static Mono<UploadResult> refused(String messageKey, Object... arguments) {
        return Mono.just(new UploadResult.Refused(messageKey, List.of(arguments)));
    }
}
