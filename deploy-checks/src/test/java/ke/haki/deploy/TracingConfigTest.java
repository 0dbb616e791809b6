package ke.haki.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Each rendered overlay points every service at an OTLP endpoint from configuration, lets it reach
 * that endpoint through the default-deny policy, and gives each service the address its event
 * schemas are served at (ce_dataschema). The local stack logs spans instead (haki.tracing.log-spans).
 */
class TracingConfigTest {

    @Test
    void everyServiceOfEveryOverlayExportsTracesToTheConfiguredOtlpEndpoint() {
        for (String overlay : Kustomize.OVERLAYS) {
            assertThat(problems(Kustomize.render(overlay))).as(overlay).isEmpty();
        }
    }

    @Test
    void aServiceWithoutTheTracingConfigurationIsCaught() {
        Manifests prod = Kustomize.render("prod").copy();
        ObjectNode container = Manifests.container(prod.get("Deployment", "prosecution-service"));
        var envFrom = (com.fasterxml.jackson.databind.node.ArrayNode) container.path("envFrom");
        envFrom.remove(envFrom.size() - 1);
        assertThat(problems(prod)).singleElement().asString().contains("prosecution-service").contains("OTEL_EXPORTER_OTLP_ENDPOINT");
    }

    static List<String> problems(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (Services.Service s : Services.ALL) {
            JsonNode deployment = m.get("Deployment", s.name());
            String endpoint = fromEnv(m, deployment, "OTEL_EXPORTER_OTLP_ENDPOINT");
            if (endpoint == null || endpoint.isBlank()) {
                problems.add(s.name() + ": no OTEL_EXPORTER_OTLP_ENDPOINT in its environment");
                continue;
            }
            URI uri = URI.create(endpoint);
            if (!List.of("http", "https").contains(uri.getScheme()) || uri.getHost() == null || uri.getPort() <= 0) {
                problems.add(s.name() + ": OTEL_EXPORTER_OTLP_ENDPOINT " + endpoint + " is not http(s)://host:port");
                continue;
            }
            if (!egressAllowed(m, deployment, uri.getPort())) {
                problems.add(s.name() + ": no NetworkPolicy lets it reach port " + uri.getPort() + " of " + endpoint);
            }
            if ("true".equals(fromEnv(m, deployment, "HAKI_TRACING_LOG_SPANS"))) {
                problems.add(s.name() + ": HAKI_TRACING_LOG_SPANS=true would switch the OTLP export off");
            }
            String schemas = fromEnv(m, deployment, "HAKI_OUTBOX_SCHEMA_BASE_URL");
            if (schemas == null || !schemas.startsWith("http") || !schemas.endsWith("/asyncapi/schemas/")) {
                problems.add(s.name() + ": HAKI_OUTBOX_SCHEMA_BASE_URL " + schemas + " is not the URL of its /asyncapi/schemas/");
            }
        }
        return problems;
    }

    /** A variable as the container gets it: env first, then the ConfigMaps of envFrom (the last one wins). */
    static String fromEnv(Manifests m, JsonNode deployment, String name) {
        ObjectNode container = Manifests.container(deployment);
        for (JsonNode e : container.path("env")) {
            if (name.equals(e.path("name").asText()) && e.has("value")) {
                return e.path("value").asText();
            }
        }
        String value = null;
        for (JsonNode from : container.path("envFrom")) {
            String cm = from.path("configMapRef").path("name").asText(null);
            if (cm != null) {
                JsonNode data = m.find("ConfigMap", cm).map(c -> c.path("data")).orElse(null);
                if (data != null && data.has(name)) {
                    value = data.path(name).asText();
                }
            }
        }
        return value;
    }

    private static boolean egressAllowed(Manifests m, JsonNode deployment, int port) {
        JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
        for (ObjectNode policy : m.ofKind("NetworkPolicy")) {
            boolean selects = true;
            var wanted = policy.path("spec").path("podSelector").path("matchLabels").fields();
            while (wanted.hasNext()) {
                var e = wanted.next();
                selects &= e.getValue().asText().equals(labels.path(e.getKey()).asText());
            }
            if (!selects) {
                continue;
            }
            for (JsonNode rule : policy.path("spec").path("egress")) {
                for (JsonNode p : rule.path("ports")) {
                    if (p.path("port").asInt() == port) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
