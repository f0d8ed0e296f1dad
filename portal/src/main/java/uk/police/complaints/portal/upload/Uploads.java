package uk.police.complaints.portal.upload;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import uk.police.complaints.portal.delivery.PayloadCipher;

/**
 * Uploaded files between the page that took them and the submission that sends them, sealed like the outbox. A file
 * of a journey that is never sent is deleted after a while; a sent one leaves with its submission.
 */
@Component
public class Uploads {

    private final DatabaseClient database;
    private final PayloadCipher cipher;
    private final Clock clock;

    Uploads(DatabaseClient database, PayloadCipher cipher, Clock clock) {
        this.database = database;
        this.cipher = cipher;
        this.clock = clock;
    }

    Mono<Void> keep(StoredUpload upload) {
        return database.sql("INSERT INTO upload (id, file_name, file_type, size_bytes, sha256, scan, content, "
                        + "created_at) VALUES (:id, :name, :type, :size, :sha256, :scan, :content, :now)")
                .bind("id", upload.id())
                .bind("name", upload.fileName())
                .bind("type", upload.type().name())
                .bind("size", upload.size())
                .bind("sha256", upload.sha256())
                .bind("scan", upload.scan().name())
                .bind("content", cipher.seal(Base64.getEncoder().encodeToString(upload.content()), upload.id()))
                .bind("now", OffsetDateTime.now(clock))
                .fetch().rowsUpdated().then();
    }

    public Mono<StoredUpload> find(String id) {
        return database.sql("SELECT id, file_name, file_type, size_bytes, sha256, scan, content FROM upload "
                        + "WHERE id = :id")
                .bind("id", id)
                .map((row, metadata) -> new StoredUpload(row.get("id", String.class),
                        row.get("file_name", String.class), FileType.valueOf(row.get("file_type", String.class)),
                        row.get("size_bytes", Integer.class), row.get("sha256", String.class),
                        ScanVerdict.valueOf(row.get("scan", String.class)),
                        Base64.getDecoder().decode(cipher.open(row.get("content", String.class), id))))
                .one();
    }

    public Mono<Void> delete(String id) {
        return database.sql("DELETE FROM upload WHERE id = :id").bind("id", id).fetch().rowsUpdated().then();
    }

    /** Deletes files of journeys never sent, except those a saved draft holds (they go with the draft). */
    Mono<Long> deleteKeptBefore(OffsetDateTime cutoff) {
        return database.sql("DELETE FROM upload WHERE created_at < :cutoff "
                        + "AND id NOT IN (SELECT upload_id FROM draft_upload)")
                .bind("cutoff", cutoff)
                .fetch().rowsUpdated();
    }

    /** Files of a draft taken up again count from now, like files just added: the journey goes on. */
    public Mono<Void> keepFromNow(String draftId) {
        return database.sql("UPDATE upload SET created_at = :now "
                        + "WHERE id IN (SELECT upload_id FROM draft_upload WHERE draft_id = :draft)")
                .bind("now", OffsetDateTime.now(clock))
                .bind("draft", draftId)
                .fetch().rowsUpdated().then();
    }
}
