package ke.haki.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The properties of the root pom, as written (not interpolated): the services' image settings that
 * Quarkus's container-image build reads (quarkus.container-image.*, quarkus.jib.*).
 */
final class ParentPom {

    private final Element project;

    private ParentPom(Element project) {
        this.project = project;
    }

    static ParentPom read() {
        Path pom = Repo.resolve("pom.xml");
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(pom.toFile());
            return new ParentPom(doc.getDocumentElement());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + pom + ": " + e.getMessage(), e);
        }
    }

    /** The top-level properties. */
    Map<String, String> properties() {
        return propertiesOf(child(project, "properties"));
    }

    /** The properties of the profile with this id. */
    Map<String, String> profileProperties(String id) {
        return propertiesOf(child(profile(id), "properties"));
    }

    /** The file whose existence activates the profile with this id. */
    String profileActivationFile(String id) {
        return child(child(child(profile(id), "activation"), "file"), "exists").getTextContent().trim();
    }

    private Element profile(String id) {
        for (Element p : children(child(project, "profiles"))) {
            if (id.equals(child(p, "id").getTextContent().trim())) {
                return p;
            }
        }
        throw new AssertionError("no profile " + id + " in the root pom");
    }

    private static Map<String, String> propertiesOf(Element properties) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element e : children(properties)) {
            values.put(e.getTagName(), e.getTextContent().trim());
        }
        return values;
    }

    private static Element child(Element parent, String name) {
        for (Element e : children(parent)) {
            if (e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + "> of the root pom");
    }

    private static Iterable<Element> children(Element parent) {
        NodeList nodes = parent.getChildNodes();
        java.util.List<Element> elements = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }
}
