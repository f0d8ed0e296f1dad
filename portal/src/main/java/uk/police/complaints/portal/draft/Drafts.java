package uk.police.complaints.portal.draft;

import java.time.Clock;
import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.Sha256;
import uk.police.complaints.portal.delivery.Outbox;
import uk.police.complaints.portal.delivery.PayloadCipher;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.upload.Uploads;

/**
 * The draft table: answers sealed at rest, found again only by the hash of a way back, and taken up once (the
 * draft is deleted as it goes back into a session). A link's e-mail goes into the outbox in the draft's own
 * transaction, so a draft the person was told about always has its e-mail on the way.
 */
@Component
class Drafts {

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final PayloadCipher cipher;
    private final Outbox outbox;
    private final Uploads uploads;
    private final DraftEmails emails;
    private final DraftProperties properties;
    private final Clock clock;
    private final JsonMapper json;
    private final DraftSecrets secrets = new DraftSecrets();

    Drafts(DatabaseClient database, TransactionalOperator transaction, PayloadCipher cipher, Outbox outbox,
            Uploads uploads, DraftEmails emails, DraftProperties properties, Clock clock, JsonMapper json) {
        this.database = database;
        this.transaction = transaction;
        this.cipher = cipher;
        this.outbox = outbox;
        this.uploads = uploads;
        this.emails = emails;
        this.properties = properties;
        this.clock = clock;
        this.json = json;
    }

    Mono<SavedDraft> saveWithLink(DraftContent content, List<String> uploadIds, String email) {
        String id = UUID.randomUUID().toString();
        String token = secrets.newToken();
        OffsetDateTime expiresAt = OffsetDateTime.now(clock).plus(properties.keepFor());
        return insert(id, content, uploadIds, Sha256.hex(token), null, null, expiresAt)
                .then(outbox.add(emails.resumeLink(id, content, email, token, expiresAt)))
                .as(transaction::transactional)
                .thenReturn(new SavedDraft(expiresAt, Optional.empty()));
    }

    Mono<SavedDraft> saveWithCode(DraftContent content, List<String> uploadIds, String word) {
        String id = UUID.randomUUID().toString();
        String code = secrets.newCode();
        OffsetDateTime expiresAt = OffsetDateTime.now(clock).plus(properties.keepFor());
        return Mono.fromCallable(() -> secrets.hashWord(word)).subscribeOn(Schedulers.boundedElastic())
                .flatMap(wordHash -> insert(id, content, uploadIds, null, DraftSecrets.hashCode(code), wordHash,
                        expiresAt).as(transaction::transactional))
                .thenReturn(new SavedDraft(expiresAt, Optional.of(code)));
    }

    /** Whether an e-mailed link still leads to a draft (looking does not use it up). */
    Mono<Boolean> linkWorks(String token) {
        return find("token_hash", Sha256.hex(token)).hasElement();
    }

    /** The draft an e-mailed link leads to, taken up; empty when the link was used before or has expired. */
    Mono<Optional<DraftContent>> takeUpWithLink(String token) {
        return find("token_hash", Sha256.hex(token))
                .flatMap(found -> takeUp(found).map(Optional::of))
                .defaultIfEmpty(Optional.empty());
    }

    /**
     * The draft a code leads to, taken up if the memorable word is right. A wrong word counts against the draft,
     * and the last allowed wrong word deletes it. A code that leads nowhere is simply wrong.
     */
    Mono<CodeCheck> takeUpWithCode(String code, String word) {
        return find("code_hash", DraftSecrets.hashCode(code))
                .flatMap(found -> Mono.fromCallable(() -> secrets.wordMatches(word, found.wordHash()))
                        .subscribeOn(Schedulers.boundedElastic())
                        .flatMap(matches -> matches
                                ? takeUp(found).map(CodeCheck::takenUp).defaultIfEmpty(CodeCheck.notKnown())
                                : countWrongWord(found)))
                .defaultIfEmpty(CodeCheck.notKnown());
    }

    Mono<Long> deleteExpired() {
        return database.sql("DELETE FROM draft WHERE expires_at <= :now").bind("now", OffsetDateTime.now(clock))
                .fetch().rowsUpdated();
    }

    private record Found(String id, String wordHash, int failedTries, String sealed) {
    }

    private Mono<Found> find(String column, String hash) {
        return database.sql("SELECT id, word_hash, failed_tries, answers FROM draft WHERE " + column + " = :hash "
                        + "AND expires_at > :now")
                .bind("hash", hash)
                .bind("now", OffsetDateTime.now(clock))
                .map((row, metadata) -> new Found(row.get("id", String.class), row.get("word_hash", String.class),
                        row.get("failed_tries", Integer.class), row.get("answers", String.class)))
                .one();
    }

    /** Only the request whose delete removed the row takes the draft up: a way back works once, even twice at once. */
    private Mono<DraftContent> takeUp(Found found) {
        return uploads.keepFromNow(found.id())
                .then(database.sql("DELETE FROM draft WHERE id = :id").bind("id", found.id()).fetch().rowsUpdated())
                .as(transaction::transactional)
                .filter(deleted -> deleted == 1)
                .map(deleted -> read(cipher.open(found.sealed(), sealedAs(found.id()))));
    }

    private Mono<CodeCheck> countWrongWord(Found found) {
        int tries = found.failedTries() + 1;
        if (tries >= properties.wrongWordsAllowed()) {
            return database.sql("DELETE FROM draft WHERE id = :id").bind("id", found.id()).fetch().rowsUpdated()
                    .thenReturn(CodeCheck.locked());
        }
        return database.sql("UPDATE draft SET failed_tries = failed_tries + 1 WHERE id = :id")
                .bind("id", found.id()).fetch().rowsUpdated()
                .thenReturn(CodeCheck.wrongWord(properties.wrongWordsAllowed() - tries));
    }

    private Mono<Void> insert(String id, DraftContent content, List<String> uploadIds, String tokenHash,
            String codeHash, String wordHash, OffsetDateTime expiresAt) {
        DatabaseClient.GenericExecuteSpec insert = database.sql("INSERT INTO draft (id, journey, token_hash, "
                        + "code_hash, word_hash, failed_tries, answers, created_at, expires_at) VALUES (:id, :journey, "
                        + ":token, :code, :word, 0, :answers, :now, :expires)")
                .bind("id", id)
                .bind("journey", content.journeyId())
                .bind("answers", cipher.seal(write(content), sealedAs(id)))
                .bind("now", OffsetDateTime.now(clock))
                .bind("expires", expiresAt);
        insert = bindOrNull(insert, "token", tokenHash);
        insert = bindOrNull(insert, "code", codeHash);
        insert = bindOrNull(insert, "word", wordHash);
        return insert.fetch().rowsUpdated()
                .thenMany(Flux.fromIterable(uploadIds).concatMap(upload -> database.sql("INSERT INTO draft_upload "
                        + "(draft_id, upload_id) VALUES (:draft, :upload)").bind("draft", id).bind("upload", upload)
                        .fetch().rowsUpdated()))
                .then();
    }

    private static DatabaseClient.GenericExecuteSpec bindOrNull(DatabaseClient.GenericExecuteSpec spec, String name,
            String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }

    /** Sealed bound to the draft's id, so sealed answers cannot be moved to another draft and still open. */
    private static String sealedAs(String id) {
        return "draft/" + id;
    }

    private String write(DraftContent content) {
        ObjectNode draft = json.createObjectNode().put("journey", content.journeyId())
                .put("version", content.version()).put("language", content.language().tag());
        ObjectNode fields = draft.putObject("fields");
        content.answers().fields().forEach((field, values) -> values.forEach(fields.withArray(field)::add));
        return json.writeValueAsString(draft);
    }

    private DraftContent read(String text) {
        JsonNode draft = json.readTree(text);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        draft.get("fields").properties().forEach(field -> {
            List<String> values = new ArrayList<>();
            field.getValue().forEach(value -> values.add(value.asString()));
            fields.put(field.getKey(), values);
        });
        return new DraftContent(draft.get("journey").asString(), draft.get("version").asInt(),
                Language.fromTag(draft.get("language").asString()).orElse(Language.ENGLISH), new Answers(fields));
    }
}
