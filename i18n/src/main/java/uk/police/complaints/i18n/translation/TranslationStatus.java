package uk.police.complaints.i18n.translation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The translation status file ({@code translation-status.tsv}): one row per string saying whether a fluent
 * translator has reviewed its Welsh, and the fingerprint of the English they reviewed it against. A reviewed
 * string whose English has changed since counts as needing review again, without anyone editing this file.
 */
public final class TranslationStatus {

    static final String HEADER = """
            # The Welsh of every message key and content file part, and whether a fluent translator has reviewed it.
            # translated: written, not yet reviewed. reviewed, final: reviewed against the English whose SHA-256 begins
            # with english-sha256; when that English changes, its Welsh needs review again. Written by the import and
            # sync commands of the i18n module's TranslationTool (see i18n/README.md).
            id\tstate\tenglish-sha256
            """;
    private static final String NOT_REVIEWED = "-";
    private static final int FINGERPRINT_HEX_DIGITS = 12;

    /** @param englishSha256 the fingerprint of the English at review time, or "-" for Welsh never reviewed */
    record Row(StringId id, TranslationState state, String englishSha256) {
    }

    private final Map<StringId, Row> rows;

    private TranslationStatus(Map<StringId, Row> rows) {
        this.rows = rows;
    }

    /** The status file, or an empty status (nothing reviewed) if there is no file yet. */
    public static TranslationStatus read(Path path) {
        if (!Files.exists(path)) {
            return new TranslationStatus(new LinkedHashMap<>());
        }
        try {
            return parse(Files.readString(path, StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TranslationStatus parse(String text, String where) {
        Map<StringId, Row> rows = new LinkedHashMap<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank() || lines[i].startsWith("#") || lines[i].startsWith("id\t")) {
                continue;
            }
            String[] columns = lines[i].split("\t");
            if (columns.length != 3) {
                throw new IllegalStateException(where + " line " + (i + 1) + ": expected id, state and english-sha256");
            }
            Row row = new Row(StringId.parse(columns[0]), TranslationState.fromXliffName(columns[1]), columns[2]);
            rows.put(row.id(), row);
        }
        return new TranslationStatus(rows);
    }

    /** Where the Welsh of a string stands: a string without a row has Welsh that nobody has reviewed. */
    public WelshStatus statusOf(BilingualString string) {
        if (!string.hasWelsh()) {
            return WelshStatus.INITIAL;
        }
        Row row = rows.get(string.id());
        if (row == null || !row.state().isReviewed()) {
            return WelshStatus.TRANSLATED;
        }
        if (!row.englishSha256().equals(fingerprint(string.english()))) {
            return WelshStatus.NEEDS_REVIEW;
        }
        return row.state() == TranslationState.FINAL ? WelshStatus.FINAL : WelshStatus.REVIEWED;
    }

    /** A row for every string, in the strings' order: rows of strings that are gone are dropped, new ones added. */
    public TranslationStatus syncedWith(List<BilingualString> strings) {
        Map<StringId, Row> synced = new LinkedHashMap<>();
        for (BilingualString string : strings) {
            synced.put(string.id(), rows.getOrDefault(string.id(),
                    new Row(string.id(), TranslationState.TRANSLATED, NOT_REVIEWED)));
        }
        return new TranslationStatus(synced);
    }

    /** This status with one string recorded as reviewed (or final) against its current English. */
    public TranslationStatus withReviewed(BilingualString string, TranslationState state) {
        if (!state.isReviewed()) {
            throw new IllegalArgumentException(state + " is not a reviewed state");
        }
        return with(new Row(string.id(), state, fingerprint(string.english())));
    }

    /** This status with one string recorded as written but not reviewed. */
    public TranslationStatus withTranslated(BilingualString string) {
        return with(new Row(string.id(), TranslationState.TRANSLATED, NOT_REVIEWED));
    }

    public String render() {
        StringBuilder text = new StringBuilder(HEADER);
        rows.values().forEach(row -> text.append(row.id()).append('\t').append(row.state().xliffName()).append('\t')
                .append(row.englishSha256()).append('\n'));
        return text.toString();
    }

    public void write(Path path) {
        try {
            Files.writeString(path, render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first 12 hex digits of the SHA-256 of the English: enough to notice any change to it. */
    static String fingerprint(String english) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(english.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, FINGERPRINT_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private TranslationStatus with(Row row) {
        Map<StringId, Row> changed = new LinkedHashMap<>(rows);
        changed.put(row.id(), row);
        return new TranslationStatus(changed);
    }
}
