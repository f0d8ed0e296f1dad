package uk.police.complaints.portal.outage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * What people met while a part had failed: each request made during the fault, its status and how long it took
 * to answer. Written to target/fault-figures.md for the README; tests check the behaviour (statuses, pages, what
 * was kept), never the times.
 */
final class FaultFigures {

    static final Duration PROMPT = Duration.ofSeconds(2);
    private static final Path REPORT = Path.of("target", "fault-figures.md");

    private final String fault;
    private final List<Answered> answered = new CopyOnWriteArrayList<>();

    FaultFigures(String fault) {
        this.fault = fault;
    }

    record Answered(String what, int status, Duration took) {
    }

    <T> EntityExchangeResult<T> timed(String what, Supplier<EntityExchangeResult<T>> request) {
        long start = System.nanoTime();
        EntityExchangeResult<T> result = request.get();
        answered.add(new Answered(what, result.getStatus().value(), Duration.ofNanos(System.nanoTime() - start)));
        return result;
    }

    long requests() {
        return answered.size();
    }

    long withStatus(int status) {
        return answered.stream().filter(one -> one.status() == status).count();
    }

    /** Appends this fault's line: requests, answered within 2 s, the slowest, 500s, and what was lost or doubled. */
    void report(long answersLost, long submissionsLost, long submissionsDoubled) {
        long prompt = answered.stream().filter(one -> one.took().compareTo(PROMPT) <= 0).count();
        long slowest = answered.stream().mapToLong(one -> one.took().toMillis()).max().orElse(0);
        String line = "| " + fault + " | " + requests() + " | " + prompt + " | " + slowest + " ms | "
                + withStatus(500) + " | " + answersLost + " | " + submissionsLost + " | " + submissionsDoubled
                + " |\n";
        try {
            Files.createDirectories(REPORT.getParent());
            if (!Files.exists(REPORT)) {
                Files.writeString(REPORT, "| Fault | Requests during it | Answered within 2 s | Slowest | Status 500 "
                        + "| Answers lost | Submissions lost | Submissions doubled |\n|---|---|---|---|---|---|---|---|\n");
            }
            Files.writeString(REPORT, line, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
