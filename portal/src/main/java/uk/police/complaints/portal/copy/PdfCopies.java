package uk.police.complaints.portal.copy;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Makes the PDF of a copy: the Thymeleaf template {@code copy/answers}, with the pages' own message keys, laid out
 * by openhtmltopdf as a tagged PDF/UA-1 document (language, title shown in the title bar, headings, lists, reading
 * order) in Liberation Sans, embedded, which has every Welsh letter. Made in memory, never written to disk.
 */
@Component
public class PdfCopies {

    static final String FONT = "Liberation Sans";

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final byte[] regular;
    private final byte[] bold;
    private final String css;

    static {
        XRLog.setLoggerImpl(new Slf4jLogger());
    }

    PdfCopies(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
        this.regular = resource("liberation/LiberationSans-Regular.ttf");
        this.bold = resource("liberation/LiberationSans-Bold.ttf");
        this.css = new String(resource("copy/answers.css"), StandardCharsets.UTF_8);
    }

    /** The copy as a PDF. Blocking, and a few tens of milliseconds of work: call it off the event loop. */
    public byte[] pdf(AnswersCopy copy) {
        String title = messages.getMessage(titleKey(copy), null, copy.language().locale());
        Context context = new Context(copy.language().locale(), Map.of("copy", copy, "title", title,
                "at", copy.language().dateAndTime(copy.at()), "css", css + pageFooter(copy)));
        String xhtml = templates.process("copy/answers", context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            new PdfRendererBuilder()
                    .usePDDocument(document)
                    .usePdfUaAccessibility(true)
                    .useFont(new PDFontSupplier(font(document, regular)), FONT, 400, FontStyle.NORMAL, true)
                    .useFont(new PDFontSupplier(font(document, bold)), FONT, 700, FontStyle.NORMAL, true)
                    .withHtmlContent(xhtml, null)
                    .toStream(pdf)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("the copy could not be made", e);
        }
        return pdf.toByteArray();
    }

    /**
     * "Page 2 of 5" on every page, and the reference, for a printed copy whose pages come apart: in the page margin,
     * which the PDF marks as an artifact, not content, so a screen reader does not read it on every page.
     */
    private String pageFooter(AnswersCopy copy) {
        Locale locale = copy.language().locale();
        String pages = messages.getMessage("copy.page", new Object[] {"\" counter(page) \"", "\" counter(pages) \""},
                locale);
        String reference = copy.sent() ? messages.getMessage("copy.reference", null, locale) + ": " + copy.reference()
                : "";
        String box = "font-family: '" + FONT + "'; font-size: 9pt; color: #0b0c0c;";
        return "\n@page { @bottom-left { " + box + " content: \"" + reference + "\"; } @bottom-right { " + box
                + " content: \"" + pages + "\"; } }\n";
    }

    /**
     * The font, embedded as a subset, without its glyph substitutions: PDFBox works them out again for every line
     * (most of the time a copy took), and Latin text needs none; with none, every word is also found as typed.
     */
    private static PDType0Font font(PDDocument document, byte[] truetype) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(truetype));
        font.setEnableGsub(false);
        return PDType0Font.load(document, font, true);
    }

    /** The file's name, in the copy's language, with nothing personal in it. */
    public String fileName(AnswersCopy copy) {
        return messages.getMessage("copy." + copy.journeyId() + ".file-name", null, copy.language().locale());
    }

    private static String titleKey(AnswersCopy copy) {
        return copy.sent() ? "copy." + copy.journeyId() + ".title" : "copy.not-sent.title";
    }

    private static byte[] resource(String name) {
        try (InputStream resource = PdfCopies.class.getClassLoader().getResourceAsStream(name)) {
            if (resource == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return resource.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
