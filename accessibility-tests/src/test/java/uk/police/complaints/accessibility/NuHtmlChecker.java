package uk.police.complaints.accessibility;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The W3C's Nu Html Checker, in this JVM: parse errors (a stray end tag, a duplicate id) and what the HTML standard
 * does not allow (a label for nothing, an attribute on the wrong element). One checker is set up once and reused,
 * because reading its schemas takes seconds and checking a page takes milliseconds.
 */
final class NuHtmlChecker {

    /** What the checker said about one document: errors fail a page, warnings are only counted. */
    record Verdict(List<String> errors, List<String> warnings) {

        Verdict {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }

    private final Messages messages = new Messages();
    private final SimpleDocumentValidator validator;

    NuHtmlChecker() {
        try {
            // No log4j set-up of its own, and no guessing of the text's language: the pages say theirs in lang.
            validator = new SimpleDocumentValidator(false, false, true);
            validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, messages);
            validator.setUpValidatorAndParsers(messages, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu Html Checker could not read its schemas", e);
        }
    }

    Verdict check(String html) {
        return Timings.time(Timings.Phase.HTML_VALIDATION, () -> checked(html));
    }

    private synchronized Verdict checked(String html) {
        messages.clear();
        try {
            InputSource source = new InputSource(new StringReader(html));
            source.setSystemId("served-page.html");
            validator.checkHtmlInputSource(source);
        } catch (SAXException e) {
            messages.errors.add("could not be checked: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Verdict(messages.errors, messages.warnings);
    }

    private static final class Messages implements ErrorHandler {

        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        void clear() {
            errors.clear();
            warnings.clear();
        }

        @Override
        public void warning(SAXParseException warning) {
            warnings.add(describe(warning));
        }

        @Override
        public void error(SAXParseException error) {
            errors.add(describe(error));
        }

        @Override
        public void fatalError(SAXParseException error) {
            error(error);
        }

        private static String describe(SAXParseException message) {
            return "line " + message.getLineNumber() + ", column " + message.getColumnNumber() + ": "
                    + message.getMessage();
        }
    }
}
