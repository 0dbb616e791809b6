package ke.haki.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The documents of one rendered overlay. */
record Manifests(List<ObjectNode> docs) {

    List<ObjectNode> ofKind(String kind) {
        return docs.stream().filter(d -> kind.equals(d.path("kind").asText())).collect(Collectors.toList());
    }

    Optional<ObjectNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(d -> name.equals(name(d))).findFirst();
    }

    ObjectNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in the rendered output"));
    }

    /** A deep copy, for tests that break a rule and expect the checker to complain. */
    Manifests copy() {
        List<ObjectNode> copies = new ArrayList<>();
        for (ObjectNode d : docs) {
            copies.add(d.deepCopy());
        }
        return new Manifests(copies);
    }

    Manifests without(String kind, String name) {
        List<ObjectNode> kept = new ArrayList<>(copy().docs());
        kept.removeIf(d -> kind.equals(d.path("kind").asText()) && name.equals(name(d)));
        return new Manifests(kept);
    }

    static String name(JsonNode doc) {
        return doc.path("metadata").path("name").asText();
    }

    /** The first (application) container of a Deployment. */
    static ObjectNode container(JsonNode deployment) {
        return (ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").path(0);
    }

    static ObjectNode podSpec(JsonNode deployment) {
        return (ObjectNode) deployment.path("spec").path("template").path("spec");
    }
}
