package uk.police.complaints.portal.copy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.journey.WrittenAnswers.WrittenAnswer;

/**
 * How long a copy of a long complaint takes to make, and how big it is: a benchmark, not a test (its name keeps it
 * out of the test command). Run it with {@code ./mvnw -pl portal -am test -Dtest=PdfCopyBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; it prints the median and the 99th percentile over 300 copies, after 50
 * to warm up.
 */
@SpringBootTest
class PdfCopyBenchmark {

    private static final int WARM_UP = 50;
    private static final int MEASURED = 300;

    @Autowired
    PdfCopies pdfs;

    @Test
    void makeTheCopyOfALongComplaint() {
        AnswersCopy copy = longComplaint();
        for (int i = 0; i < WARM_UP; i++) {
            pdfs.pdf(copy);
        }
        long[] nanos = new long[MEASURED];
        int size = 0;
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            size = pdfs.pdf(copy).length;
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("PDF copy of a long complaint (%d answers, %d characters): median %.1f ms, p99 %.1f ms, "
                        + "%d bytes (%.1f KB)%n", copy.answers().size(),
                copy.answers().stream().mapToInt(answer -> answer.answer().length()).sum(),
                nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 99 / 100] / 1e6, size, size / 1024.0);
    }

    /** Every question of the complaint answered, with the longest account the journey takes and long answers besides. */
    private static AnswersCopy longComplaint() {
        List<WrittenAnswer> answers = new ArrayList<>();
        String account = "Daeth y swyddog ataf a gofyn i mi aros yno heb ddweud pam, ac fe wnaeth fy chwilio o flaen "
                + "pawb. ";
        answers.add(new WrittenAnswer("Beth ddigwyddodd?", account.repeat(100).substring(0, 8_700)));
        for (int i = 1; i <= 24; i++) {
            answers.add(new WrittenAnswer("Cwestiwn " + i + ": â ê î ô û ŵ ŷ?", account.repeat(i % 4 == 0 ? 12 : 1)));
        }
        return new AnswersCopy("complaint", Language.WELSH, "HK3D-7WQP-M", Instant.parse("2026-03-03T14:05:00Z"),
                answers, Map.of("sentTo", "Heddlu De Cymru"), false);
    }
}
