package ke.haki.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds the changes between a released schema and the current one that would break a consumer
 * built on the released one: a property removed, a type changed or narrowed (a field that could be
 * null no longer... is fine; one that never was null and now may be is not), an enum value removed,
 * a constant changed. Adding optional members or enum values is not breaking here.
 */
final class SchemaCompatibility {

    private SchemaCompatibility() {}

    static List<String> breakingChanges(JsonNode released, JsonNode current) {
        List<String> problems = new ArrayList<>();
        compare("", released, current, problems);
        return problems;
    }

    private static void compare(String path, JsonNode released, JsonNode current, List<String> problems) {
        if (current == null || current.isMissingNode()) {
            problems.add(path + ": removed");
            return;
        }
        if (released.has("const") && !released.get("const").equals(current.get("const"))) {
            problems.add(path + ": constant changed from " + released.get("const") + " to " + current.get("const"));
        }
        Set<String> releasedTypes = types(released);
        Set<String> currentTypes = types(current);
        if (!currentTypes.equals(releasedTypes)) {
            Set<String> added = new HashSet<>(currentTypes);
            added.removeAll(releasedTypes);
            Set<String> removed = new HashSet<>(releasedTypes);
            removed.removeAll(currentTypes);
            if (!removed.isEmpty() || !added.isEmpty()) {
                problems.add(path + ": type changed from " + releasedTypes + " to " + currentTypes);
            }
        }
        if (released.has("enum")) {
            Set<String> now = new HashSet<>();
            current.path("enum").forEach(v -> now.add(v.toString()));
            released.get("enum").forEach(v -> {
                if (!now.contains(v.toString())) {
                    problems.add(path + ": enum value " + v + " removed");
                }
            });
        }
        if (released.has("required")) {
            Set<String> now = new HashSet<>();
            current.path("required").forEach(v -> now.add(v.asText()));
            released.get("required").forEach(v -> {
                if (!now.contains(v.asText())) {
                    problems.add(path + "." + v.asText() + ": no longer required");
                }
            });
        }
        if (released.has("properties")) {
            Iterator<Map.Entry<String, JsonNode>> fields = released.get("properties").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                compare(path + "." + f.getKey(), f.getValue(), current.path("properties").path(f.getKey()), problems);
            }
        }
        if (released.has("items")) {
            compare(path + "[]", released.get("items"), current.path("items"), problems);
        }
        if (released.has("anyOf")) {
            for (int i = 0; i < released.get("anyOf").size(); i++) {
                compare(path + "|" + i, released.get("anyOf").get(i), current.path("anyOf").path(i), problems);
            }
        }
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode t = schema.get("type");
        if (t == null) {
            return types;
        }
        if (t.isArray()) {
            t.forEach(v -> types.add(v.asText()));
        } else {
            types.add(t.asText());
        }
        return types;
    }
}
