package uk.police.complaints.portal.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.portal.journey.WrittenAnswers.WrittenAnswer;

/** The document itself: accessible by PDF/UA-1, in either language, whatever a person typed and however much. */
@SpringBootTest
class PdfCopiesTest {

    private static final String WELSH_LETTERS = "â ê î ô û ŵ ŷ Â Ê Î Ô Û Ŵ Ŷ ä ë ï ö ü ẅ ÿ Ä Ë Ï Ö Ü Ẅ Ÿ á é í ó ú ẃ ý Á É Í Ó Ú Ẃ Ý";

    @Autowired
    PdfCopies pdfs;

    @Test
    void aLongComplaintInWelshIsTaggedPdfUaWithEveryWordAndLetterAsText() throws IOException {
        String longAnswer = longAnswer(8_700);
        AnswersCopy copy = new AnswersCopy("complaint", Language.WELSH, "HK3D-7WQP-M",
                Instant.parse("2026-03-03T14:05:00Z"),
                List.of(new WrittenAnswer("Beth ddigwyddodd?", longAnswer),
                        new WrittenAnswer("Eich enw", "Siân Ŵyn Llŷr"),
                        new WrittenAnswer("Llythrennau", WELSH_LETTERS),
                        new WrittenAnswer("Rhywbeth arall", "<script>alert('hi')</script> x < y & z")),
                Map.of("sentTo", "Heddlu De Cymru"), false);

        byte[] pdf = pdfs.pdf(copy);

        PdfChecks.assertAccessible(pdf, "cy", "Eich cwyn am yr heddlu");
        String text = PdfChecks.text(pdf);
        assertThat(text).contains("HK3D-7WQP-M", "3 Mawrth 2026, 14:05", "Heddlu De Cymru", "Siân Ŵyn Llŷr",
                WELSH_LETTERS, "<script>alert('hi')</script> x < y & z", "Beth sy'n digwydd nesaf");
        assertThat(text).contains(longAnswer.replaceAll("\\s+", " ").strip());
        assertThat(text).as("page numbers are artifacts, which screen readers pass over").doesNotContain("Tudalen 1 o");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).as("page numbers for a printed copy")
                    .contains("Tudalen 1 o 4", "Tudalen 4 o 4", "Cyfeirnod: HK3D-7WQP-M");
        }
    }

    private static String longAnswer(int characters) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        int n = 0;
        while (all.length() < characters) {
            String paragraph = "Paragraff " + (++n) + ": daeth y swyddog ataf a gofyn i mi aros yno heb ddweud pam. ";
            all.append(paragraph);
            paragraphs.add(paragraph);
        }
        return all.substring(0, characters);
    }
}
