package uk.police.complaints.i18n.translation;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Edits an exported XLIFF file as a translator's tool would: a unit's target and state. */
final class XliffEditor {

    private final Path path;
    private final Document document;

    private XliffEditor(Path path, Document document) {
        this.path = path;
        this.document = document;
    }

    static XliffEditor open(Path path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return new XliffEditor(path, factory.newDocumentBuilder().parse(path.toFile()));
    }

    XliffEditor target(String id, String welsh) {
        Element segment = segment(id);
        NodeList targets = segment.getElementsByTagNameNS(XliffExport.NAMESPACE, "target");
        Element target = targets.getLength() > 0 ? (Element) targets.item(0)
                : (Element) segment.appendChild(document.createElementNS(XliffExport.NAMESPACE, "target"));
        target.setTextContent(welsh);
        return this;
    }

    XliffEditor state(String id, String state) {
        segment(id).setAttribute("state", state);
        return this;
    }

    /** Adds an inline code to a unit's target, as a tool might for a placeholder. */
    XliffEditor targetInlineCode(String id) {
        Element target = (Element) segment(id).getElementsByTagNameNS(XliffExport.NAMESPACE, "target").item(0);
        Element code = document.createElementNS(XliffExport.NAMESPACE, "ph");
        code.setAttribute("id", "1");
        target.appendChild(code);
        return this;
    }

    void save() throws Exception {
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(path.toFile()));
    }

    private Element segment(String id) {
        StringId wanted = StringId.parse(id);
        NodeList files = document.getElementsByTagNameNS(XliffExport.NAMESPACE, "file");
        for (int f = 0; f < files.getLength(); f++) {
            Element file = (Element) files.item(f);
            if (!file.getAttribute("original").equals(wanted.file())) {
                continue;
            }
            NodeList units = file.getElementsByTagNameNS(XliffExport.NAMESPACE, "unit");
            for (int u = 0; u < units.getLength(); u++) {
                Element unit = (Element) units.item(u);
                if (unit.getAttribute("id").equals(wanted.unit())) {
                    return (Element) unit.getElementsByTagNameNS(XliffExport.NAMESPACE, "segment").item(0);
                }
            }
        }
        throw new IllegalArgumentException("no unit " + id);
    }
}
