package uk.police.complaints.i18n.translation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings a reviewed XLIFF file back: the Welsh of each unit goes into its bundle or content file, and units in
 * state {@code reviewed} or {@code final} are recorded as reviewed against today's English. Nothing English is
 * written. A file is refused, before anything is written, if any unit's English source is not today's English
 * (a stale translation must not overwrite the Welsh of a newer English string), names a string that no longer
 * exists, or has Welsh that cannot go where it came from. Units still in state {@code initial} are left alone.
 */
public final class WelshImport {

    /** What an import changed. */
    public record Result(int welshChanged, int nowReviewed, int noLongerReviewed) {
    }

    private final TranslationSources sources;
    private final Path statusFile;

    public WelshImport(TranslationSources sources, Path statusFile) {
        this.sources = sources;
        this.statusFile = statusFile;
    }

    public Result importFile(Path xliff) {
        List<BilingualString> strings = sources.read();
        Map<StringId, BilingualString> current = strings.stream()
                .collect(Collectors.toMap(BilingualString::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<XliffUnit> units = XliffReader.read(xliff);
        refuseIfNotToday(xliff, units, current);

        TranslationStatus before = TranslationStatus.read(statusFile).syncedWith(strings);
        TranslationStatus after = before;
        Map<StringId, String> welsh = new LinkedHashMap<>();
        for (XliffUnit unit : units) {
            if (unit.state() == TranslationState.INITIAL || unit.target() == null) {
                continue;
            }
            BilingualString string = current.get(unit.id());
            boolean welshChanges = !unit.target().equals(string.welsh());
            if (welshChanges) {
                welsh.put(unit.id(), unit.target());
            }
            if (unit.state().isReviewed()) {
                after = after.withReviewed(string, unit.state());
            } else if (welshChanges || after.statusOf(string).exportedAs().isReviewed()) {
                // New Welsh, or a translator taking a review back: either way no fluent translator vouches for it.
                after = after.withTranslated(string);
            }
        }
        sources.writeWelsh(welsh);
        if (!Files.exists(statusFile) || !after.render().equals(TranslationStatus.read(statusFile).render())) {
            after.write(statusFile);
        }
        int reviewed = 0;
        int notReviewed = 0;
        for (BilingualString string : strings) {
            WelshStatus now = after.statusOf(string);
            if (now != before.statusOf(string)) {
                reviewed += now.exportedAs().isReviewed() ? 1 : 0;
                notReviewed += now.exportedAs().isReviewed() ? 0 : 1;
            }
        }
        return new Result(welsh.size(), reviewed, notReviewed);
    }

    private static void refuseIfNotToday(Path xliff, List<XliffUnit> units, Map<StringId, BilingualString> current) {
        List<StringId> gone = new ArrayList<>();
        List<StringId> stale = new ArrayList<>();
        List<String> unusable = new ArrayList<>();
        for (XliffUnit unit : units) {
            BilingualString string = current.get(unit.id());
            if (string == null) {
                gone.add(unit.id());
            } else if (!string.english().equals(unit.source())) {
                stale.add(unit.id());
            } else if (unit.state() != TranslationState.INITIAL && unit.target() != null) {
                whyNotWelsh(unit).ifPresent(reason -> unusable.add(unit.id() + " (" + reason + ")"));
            }
        }
        List<String> reasons = new ArrayList<>();
        if (!stale.isEmpty()) {
            reasons.add("the English has changed since this file was exported, so its Welsh may no longer match;"
                    + " export again and review these against the new English: " + join(stale));
        }
        if (!gone.isEmpty()) {
            reasons.add("these strings no longer exist: " + join(gone));
        }
        if (!unusable.isEmpty()) {
            reasons.add("this Welsh cannot go back where it came from: " + String.join(", ", unusable));
        }
        if (!reasons.isEmpty()) {
            throw new ImportRefusedException("Nothing imported from " + xliff.getFileName() + ": "
                    + String.join("; ", reasons) + ".");
        }
    }

    private static Optional<String> whyNotWelsh(XliffUnit unit) {
        if (unit.id().isMessage()) {
            return unit.target().isBlank() ? Optional.of("it is empty") : Optional.empty();
        }
        return MarkdownFile.whyNotAPart(unit.id().unit(), unit.target());
    }

    private static String join(List<StringId> ids) {
        return ids.stream().map(StringId::toString).collect(Collectors.joining(", "));
    }
}
