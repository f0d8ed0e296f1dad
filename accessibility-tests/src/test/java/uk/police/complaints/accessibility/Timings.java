package uk.police.complaints.accessibility;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where the suite's minutes go, by phase, for the report: so that the next person to make it faster starts from
 * numbers. Times are summed over every browser, so with two at once they add up to more than the run took.
 */
final class Timings {

    enum Phase {
        BROWSER_START("starting a browser"),
        PAGE_LOAD("opening a page or sending a form, until the next page has loaded"),
        AXE("axe-core (loading it into a page, and its scans)"),
        LAYOUT_CHECKS("layout checks: resizing, text spacing, sideways scrolling, the fingerprint of what shows"),
        FORM_FILLING("reading and answering a form"),
        FOCUS_CHECKS("keyboard walks: pressing keys, and reading the focus indicator at each stop"),
        HTML_VALIDATION("the Nu Html Checker, over served HTML");

        private final String description;

        Phase(String description) {
            this.description = description;
        }
    }

    private record Total(long nanos, int times) {
    }

    private static final Map<Phase, Total> TOTALS = new EnumMap<>(Phase.class);

    private Timings() {
    }

    static <T> T time(Phase phase, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(phase, System.nanoTime() - start);
        }
    }

    static void time(Phase phase, Runnable work) {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    private static synchronized void add(Phase phase, long nanos) {
        TOTALS.merge(phase, new Total(nanos, 1), (a, b) -> new Total(a.nanos() + b.nanos(), a.times() + b.times()));
    }

    /** A Markdown table: each phase, how often, in all, and on average. */
    static synchronized String table() {
        StringBuilder table = new StringBuilder("| phase | times | seconds in all | milliseconds each |\n"
                + "| --- | --- | --- | --- |\n");
        TOTALS.forEach((phase, total) -> table.append("| ").append(phase.description).append(" | ")
                .append(total.times()).append(" | ").append(String.format("%.1f", total.nanos() / 1e9)).append(" | ")
                .append(String.format("%.1f", total.nanos() / 1e6 / total.times())).append(" |\n"));
        return table.toString();
    }
}
