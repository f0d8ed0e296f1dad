package uk.police.complaints.i18n.translation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an XLIFF 2 file (2.0 or 2.1, English to Welsh) back from a translation tool. A unit's text is its segments
 * and ignorables in order, as the standard puts them together; the {@code mrk} annotations a tool adds keep
 * their text. Other inline codes are refused, as none are written on export.
 */
public final class XliffReader {

    private XliffReader() {
    }

    public static List<XliffUnit> read(Path path) {
        Element root = parse(path).getDocumentElement();
        if (!XliffExport.NAMESPACE.equals(root.getNamespaceURI()) || !"xliff".equals(root.getLocalName())
                || !root.getAttribute("version").startsWith("2.")) {
            throw new IllegalArgumentException(path + " is not an XLIFF 2 file");
        }
        if (!primaryLanguage(root.getAttribute("srcLang")).equals("en")
                || !primaryLanguage(root.getAttribute("trgLang")).equals("cy")) {
            throw new IllegalArgumentException(path + " is not from English (srcLang en) to Welsh (trgLang cy)");
        }
        List<XliffUnit> units = new ArrayList<>();
        for (Element file : children(root, "file")) {
            String original = file.getAttribute("original");
            if (original.isEmpty()) {
                throw new IllegalArgumentException(path + ": file " + file.getAttribute("id") + " has no 'original'");
            }
            NodeList unitElements = file.getElementsByTagNameNS(XliffExport.NAMESPACE, "unit");
            for (int i = 0; i < unitElements.getLength(); i++) {
                units.add(unit(new StringId(original, ((Element) unitElements.item(i)).getAttribute("id")),
                        (Element) unitElements.item(i)));
            }
        }
        return units;
    }

    private static XliffUnit unit(StringId id, Element unit) {
        StringBuilder source = new StringBuilder();
        StringBuilder target = new StringBuilder();
        boolean everyTarget = true;
        TranslationState state = TranslationState.FINAL;
        int segments = 0;
        for (Element part : children(unit, null)) {
            boolean segment = part.getLocalName().equals("segment");
            if (!segment && !part.getLocalName().equals("ignorable")) {
                continue;
            }
            String partSource = text(id, only(id, part, "source"));
            Element partTarget = children(part, "target").stream().findFirst().orElse(null);
            source.append(partSource);
            if (partTarget != null) {
                target.append(text(id, partTarget));
            } else if (segment) {
                everyTarget = false;
            } else {
                target.append(partSource);
            }
            if (segment) {
                segments++;
                TranslationState segmentState = part.hasAttribute("state")
                        ? TranslationState.fromXliffName(part.getAttribute("state")) : TranslationState.INITIAL;
                state = segmentState.compareTo(state) < 0 ? segmentState : state;
            }
        }
        if (segments == 0) {
            throw new IllegalArgumentException(id + ": a unit needs a <segment>");
        }
        return new XliffUnit(id, source.toString(), everyTarget ? target.toString() : null, state);
    }

    private static String text(StringId id, Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            } else if (child instanceof Element inline && "mrk".equals(inline.getLocalName())) {
                text.append(text(id, inline));
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                throw new IllegalArgumentException(id + ": inline code <" + child.getLocalName() + "> is not supported;"
                        + " write the text as plain text, as it was exported");
            }
        }
        return text.toString();
    }

    private static Element only(StringId id, Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.size() != 1) {
            throw new IllegalArgumentException(id + ": a " + parent.getLocalName() + " needs one <" + name + ">");
        }
        return found.get(0);
    }

    /** Child elements in the XLIFF namespace, with the given local name or any. */
    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && XliffExport.NAMESPACE.equals(element.getNamespaceURI())
                    && (name == null || name.equals(element.getLocalName()))) {
                children.add(element);
            }
        }
        return children;
    }

    private static String primaryLanguage(String tag) {
        return tag.split("[-_]")[0].toLowerCase(Locale.ROOT);
    }

    private static Document parse(Path path) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // A translation file comes from outside: no DTDs, no external entities.
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // The default handler prints to the console as well as failing; the failure's message is enough.
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(path.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException(path + " could not be read as XML: " + e.getMessage(), e);
        }
    }
}
