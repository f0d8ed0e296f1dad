package uk.police.complaints.i18n.translation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How much Welsh a fluent translator has reviewed, and what still needs review, file by file. */
public final class TranslationStatusReport {

    private static final int SHOWN_ENGLISH = 90;

    private final Map<WelshStatus, List<BilingualString>> byStatus = new EnumMap<>(WelshStatus.class);

    public TranslationStatusReport(List<BilingualString> strings, TranslationStatus status) {
        for (WelshStatus welshStatus : WelshStatus.values()) {
            byStatus.put(welshStatus, new ArrayList<>());
        }
        strings.forEach(string -> byStatus.get(status.statusOf(string)).add(string));
    }

    public int count(WelshStatus status) {
        return byStatus.get(status).size();
    }

    /** One line for the build's output: "Welsh strings: 1113 translated, 0 reviewed, 0 final, 0 needs review...". */
    public String countsLine() {
        String counts = byStatus.keySet().stream()
                .filter(status -> status != WelshStatus.INITIAL || count(status) > 0)
                .map(status -> count(status) + " " + status.label())
                .collect(Collectors.joining(", "));
        return "Welsh strings: " + counts;
    }

    public String markdown() {
        StringBuilder report = new StringBuilder("# Welsh translation status\n\n")
                .append("Reviewed means a fluent translator has checked the Welsh against today's English ")
                .append("(see \"How a translator reviews the Welsh\" in the README).\n\n")
                .append("| status | strings |\n| --- | ---: |\n");
        byStatus.keySet().forEach(status -> report.append("| ").append(status.label()).append(" | ")
                .append(count(status)).append(" |\n"));
        section(report, "Needs review: the English changed after its Welsh was reviewed", WelshStatus.NEEDS_REVIEW);
        section(report, "No Welsh yet", WelshStatus.INITIAL);
        section(report, "Not yet reviewed by a fluent translator", WelshStatus.TRANSLATED);
        return report.toString();
    }

    private void section(StringBuilder report, String heading, WelshStatus status) {
        if (byStatus.get(status).isEmpty()) {
            return;
        }
        report.append("\n## ").append(heading).append(" (").append(count(status)).append(")\n");
        Map<String, List<BilingualString>> byFile = new LinkedHashMap<>();
        byStatus.get(status).forEach(string -> byFile.computeIfAbsent(string.id().file(), file -> new ArrayList<>())
                .add(string));
        byFile.forEach((file, strings) -> {
            report.append("\n### ").append(file).append(" (").append(strings.size()).append(")\n\n");
            strings.forEach(string -> report.append("- `").append(string.id().unit()).append("`: ")
                    .append(shortened(string.english())).append('\n'));
        });
    }

    private static String shortened(String english) {
        String oneLine = english.replaceAll("\\s+", " ").replace("`", "'");
        return oneLine.length() <= SHOWN_ENGLISH ? oneLine : oneLine.substring(0, SHOWN_ENGLISH - 1) + "…";
    }
}
