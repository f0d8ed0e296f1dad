package uk.police.complaints.portal.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import uk.police.complaints.portal.journey.JourneyClient.Download;

/** What the tests ask of every copy: PDF/UA-1 by veraPDF with no failed rule, its language, title and fonts. */
public final class PdfChecks {

    private static final Pattern SUMMARY_CELL = Pattern.compile(
            "(?s)<(?:dt class=\"govuk-summary-list__key\"|p class=\"govuk-body app-answer\")>(.*?)</(?:dt|p)>");

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    /** Asserts the PDF conforms to PDF/UA-1, is in this language, shows this title, and embeds every font. */
    public static void assertAccessible(byte[] pdf, String language, String title) {
        assertThat(failedPdfUaRules(pdf)).as("PDF/UA-1 rules veraPDF found failed").isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(title);
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle())
                    .as("the title bar shows the title, not the file name").isTrue();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
            Set<String> tags = new HashSet<>();
            collectTags(document.getDocumentCatalog().getStructureTreeRoot().getKids(), tags);
            assertThat(tags).as("headings, lists and paragraphs tagged as such").contains("H1", "H2", "L", "LI", "P");
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts a downloaded copy is a PDF to save, not to keep anywhere on the way, named in its language without
     * anything personal, and accessible; gives its text.
     */
    public static String assertDownloadedCopy(Download download, String language, String title, String fileName) {
        assertThat(download.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(download.headers().getCacheControl()).isEqualTo("no-store");
        assertThat(download.headers().getContentDisposition().isAttachment()).isTrue();
        assertThat(download.headers().getContentDisposition().getFilename()).isEqualTo(fileName);
        assertAccessible(download.body(), language, title);
        return text(download.body());
    }

    /** PDFBox's text extraction, skipping what is marked as an artifact. */
    private static final class ContentTextStripper extends PDFTextStripper {

        private final Deque<Boolean> artifacts = new ArrayDeque<>();

        ContentTextStripper() {
            addOperator(new BeginMarkedContentSequence(this));
            addOperator(new BeginMarkedContentSequenceWithProperties(this));
            addOperator(new EndMarkedContentSequence(this));
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            artifacts.push(COSName.ARTIFACT.equals(tag) || Boolean.TRUE.equals(artifacts.peek()));
        }

        @Override
        public void endMarkedContentSequence() {
            artifacts.poll();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (!Boolean.TRUE.equals(artifacts.peek())) {
                super.processTextPosition(text);
            }
        }
    }

    private static void collectTags(List<Object> kids, Set<String> tags) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                tags.add(element.getStructureType());
                collectTags(element.getKids(), tags);
            }
        }
    }

    /** Each failed rule once, with its clause and what veraPDF said, for a readable failure. */
    public static List<String> failedPdfUaRules(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            TreeSet<String> failed = new TreeSet<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
                            + assertion.getMessage());
                }
            }
            assertThat(result.getTotalAssertions()).as("veraPDF checked the file").isPositive();
            return List.copyOf(failed);
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the copy", e);
        }
    }

    /**
     * Every question and every line of every answer in a page's summary list of answers (check answers, or the
     * confirmation's copy), as the person reads them: what a copy made from the same answers must hold.
     */
    public static List<String> answersOn(String page) {
        List<String> shown = new ArrayList<>();
        Matcher cells = SUMMARY_CELL.matcher(page);
        while (cells.find()) {
            shown.add(HtmlUtils.htmlUnescape(cells.group(1)).replaceAll("\\s+", " ").strip());
        }
        assertThat(shown).as("the page lists answers").isNotEmpty();
        return shown;
    }

    /**
     * The text a screen reader would read, in order, with runs of white space as one space: artifacts (the page
     * numbers and reference in the margins) are left out, as assistive technology leaves them out.
     */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new ContentTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
