package uk.police.complaints.i18n.translation;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes strings to an XLIFF 2.0 file for a translation tool: one {@code <file>} per message bundle or content
 * file ({@code original} names it), one {@code <unit>} per string with the English source, the current Welsh
 * target and the segment's state. Strings whose English changed after review go out as {@code translated},
 * with a note saying so.
 */
public final class XliffExport {

    static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
    private static final Pattern NMTOKEN = Pattern.compile("[\\p{L}\\p{N}._:-]+");
    private static final String MESSAGES_NOTE = "Keep {0}, {name} and the ICU forms {n, plural, ...} as they are;"
            + " translate the words inside the forms, and give Welsh plurals the zero, one, two, few, many and other"
            + " forms they need. A lone apostrophe (dyma'r) is written as it is.";
    private static final String CONTENT_NOTE = "Markdown: keep the ## of headings, the - of lists, the ** around bold"
            + " words, link targets (the part in round brackets) and the ::: lines of components (translate the text"
            + " after ::: details). Each unit is a block of the page, in order.";
    private static final String SOURCE_CHANGED_NOTE = "The English changed after this Welsh was reviewed: review it"
            + " again against the new English.";

    private XliffExport() {
    }

    public static void write(List<BilingualString> strings, TranslationStatus status, Path path) {
        try {
            if (path.toAbsolutePath().getParent() != null) {
                Files.createDirectories(path.toAbsolutePath().getParent());
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
                write(strings, status, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(List<BilingualString> strings, TranslationStatus status, OutputStream out) {
        Map<String, List<BilingualString>> byFile = new LinkedHashMap<>();
        strings.forEach(string -> byFile.computeIfAbsent(string.id().file(), file -> new ArrayList<>()).add(string));
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "2.0");
            xml.writeAttribute("srcLang", "en");
            xml.writeAttribute("trgLang", "cy");
            // Markdown blocks are several lines, and their line breaks and spaces are part of the text.
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
            for (Map.Entry<String, List<BilingualString>> file : byFile.entrySet()) {
                writeFile(xml, file.getKey(), file.getValue(), status);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write XLIFF", e);
        }
    }

    private static void writeFile(XMLStreamWriter xml, String file, List<BilingualString> strings, TranslationStatus status)
            throws XMLStreamException {
        indent(xml, 1);
        xml.writeStartElement("file");
        xml.writeAttribute("id", file.replace('/', '.'));
        xml.writeAttribute("original", file);
        // The import puts each unit back where it came from, so a tool must not split or join units.
        xml.writeAttribute("canResegment", "no");
        writeNote(xml, 2, file.equals(StringId.MESSAGES) ? MESSAGES_NOTE : CONTENT_NOTE);
        for (BilingualString string : strings) {
            writeUnit(xml, string, status.statusOf(string));
        }
        indent(xml, 1);
        xml.writeEndElement();
    }

    private static void writeUnit(XMLStreamWriter xml, BilingualString string, WelshStatus welshStatus)
            throws XMLStreamException {
        if (!NMTOKEN.matcher(string.id().unit()).matches()) {
            throw new IllegalStateException(string.id() + ": an XLIFF unit id has only letters, digits, '.', '-', '_'"
                    + " and ':'; rename the key");
        }
        indent(xml, 2);
        xml.writeStartElement("unit");
        xml.writeAttribute("id", string.id().unit());
        if (welshStatus == WelshStatus.NEEDS_REVIEW) {
            writeNote(xml, 3, SOURCE_CHANGED_NOTE);
        }
        indent(xml, 3);
        xml.writeStartElement("segment");
        xml.writeAttribute("state", welshStatus.exportedAs().xliffName());
        indent(xml, 4);
        xml.writeStartElement("source");
        xml.writeCharacters(string.english());
        xml.writeEndElement();
        if (string.hasWelsh()) {
            indent(xml, 4);
            xml.writeStartElement("target");
            xml.writeCharacters(string.welsh());
            xml.writeEndElement();
        }
        indent(xml, 3);
        xml.writeEndElement();
        indent(xml, 2);
        xml.writeEndElement();
    }

    private static void writeNote(XMLStreamWriter xml, int depth, String note) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement("notes");
        indent(xml, depth + 1);
        xml.writeStartElement("note");
        xml.writeCharacters(note);
        xml.writeEndElement();
        indent(xml, depth);
        xml.writeEndElement();
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
