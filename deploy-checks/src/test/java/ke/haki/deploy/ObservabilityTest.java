package ke.haki.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The monitoring objects ship in both overlays and read only metrics that exist: every metric a
 * PrometheusRule or a dashboard panel names is in deploy/kubernetes/base/monitoring/exposed-metrics.txt
 * (which monitoring-service's ExposedMetricsTest holds against its real /q/metrics).
 */
class ObservabilityTest {

    static final String METRICS_LIST = "deploy/kubernetes/base/monitoring/exposed-metrics.txt";
    static final Set<String> REQUIRED_ALERTS = Set.of("HakiOutboxEventsLate", "HakiOutboxQuarantined",
            "HakiEventsDeadLettered", "HakiDeadLetterTopicNotEmpty", "HakiConsumerLag", "HakiServiceNotReady",
            "HakiNgecAlertsUnacknowledged");

    static Map<String, String> exposedMetrics() {
        Map<String, String> sources = new HashMap<>();
        try {
            for (String line : Files.readAllLines(Repo.resolve(METRICS_LIST))) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s+");
                if (parts.length != 2) {
                    throw new IllegalStateException(METRICS_LIST + ": not \"name source\": " + line);
                }
                sources.put(parts[0], parts[1]);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sources;
    }

    /** Each rule's and panel's expression, named by where it is. */
    static Map<String, String> expressions(Manifests m) {
        Map<String, String> exprs = new HashMap<>();
        for (ObjectNode rule : m.ofKind("PrometheusRule")) {
            for (JsonNode group : rule.path("spec").path("groups")) {
                for (JsonNode r : group.path("rules")) {
                    exprs.put("rule " + r.path("alert").asText(r.path("record").asText()), r.path("expr").asText());
                }
            }
        }
        for (JsonNode dashboard : dashboards(m)) {
            for (JsonNode panel : dashboard.path("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    exprs.put("panel \"" + panel.path("title").asText() + "\" " + target.path("refId").asText(),
                            target.path("expr").asText());
                }
            }
        }
        return exprs;
    }

    static List<JsonNode> dashboards(Manifests m) {
        List<JsonNode> dashboards = new ArrayList<>();
        for (ObjectNode cm : m.ofKind("ConfigMap")) {
            if (!cm.path("metadata").path("labels").path("grafana_dashboard").asText().equals("1")) {
                continue;
            }
            cm.path("data").fields().forEachRemaining(e -> {
                try {
                    dashboards.add(new ObjectMapper().readTree(e.getValue().asText()));
                } catch (IOException ex) {
                    throw new AssertionError("ConfigMap " + Manifests.name(cm) + " " + e.getKey() + " is not JSON", ex);
                }
            });
        }
        return dashboards;
    }

    static List<String> unknownMetrics(Manifests m, Set<String> known) {
        List<String> v = new ArrayList<>();
        expressions(m).forEach((where, expr) -> {
            if (expr.isBlank()) {
                v.add(where + ": no expression");
            }
            for (String metric : PromQl.metrics(expr)) {
                if (!known.contains(metric)) {
                    v.add(where + ": " + metric + " is not in " + METRICS_LIST);
                }
            }
        });
        return v;
    }

    @Test
    void theExtractorFindsTheMetricsOfAnExpression() {
        assertThat(PromQl.metrics("sum by (namespace, topic) (increase(haki_events_dead_lettered_total{topic=~\"a.+\", "
                + "job=\"x\"}[15m])) > 0")).containsExactly("haki_events_dead_lettered_total");
        assertThat(PromQl.metrics("max(rate(a_sum{n=\"$namespace\"}[5m]) / rate(a_count[5m])) and on (pod) up == 0"))
                .containsExactly("a_sum", "a_count", "up");
        assertThat(PromQl.metrics("x{condition=\"false\"} offset 5m > 1.5e3")).containsExactly("x");
    }

    @Test
    void everyRuleAndPanelReadsAListedMetric() {
        Set<String> known = exposedMetrics().keySet();
        for (String overlay : Kustomize.OVERLAYS) {
            assertThat(unknownMetrics(Kustomize.render(overlay), known)).as(overlay).isEmpty();
        }
    }

    @Test
    void aRuleOnAnUnlistedMetricIsCaught() {
        Manifests m = Kustomize.render("prod");
        ObjectNode rule = (ObjectNode) m.get("PrometheusRule", "haki-alerts").path("spec").path("groups").path(0)
                .path("rules").path(0);
        rule.put("expr", "haki_outbox_pending_typo > 0");
        assertThat(unknownMetrics(m, exposedMetrics().keySet())).singleElement().asString()
                .contains("haki_outbox_pending_typo is not in");
    }

    @Test
    void theProdOverlayShipsTheMonitoringObjects() {
        Manifests prod = Kustomize.render("prod");
        for (Services.Service s : Services.ALL) {
            JsonNode monitor = prod.get("PodMonitor", "haki-" + s.name());
            JsonNode deployment = prod.get("Deployment", s.name());
            JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
            monitor.path("spec").path("selector").path("matchLabels").fields().forEachRemaining(e ->
                    assertThat(podLabels.path(e.getKey()).asText()).as("%s selects %s", Manifests.name(monitor), e.getKey())
                            .isEqualTo(e.getValue().asText()));
            JsonNode endpoint = monitor.path("spec").path("podMetricsEndpoints").path(0);
            assertThat(endpoint.path("path").asText()).isEqualTo("/q/metrics");
            Set<String> ports = new TreeSet<>();
            Manifests.container(deployment).path("ports").forEach(p -> ports.add(p.path("name").asText()));
            assertThat(ports).as("%s scrapes a named port of the container", Manifests.name(monitor))
                    .contains(endpoint.path("port").asText());
        }
        prod.get("PodMonitor", "haki-kafka-exporter");

        Set<String> alerts = new TreeSet<>();
        for (JsonNode group : prod.get("PrometheusRule", "haki-alerts").path("spec").path("groups")) {
            for (JsonNode r : group.path("rules")) {
                alerts.add(r.path("alert").asText());
                assertThat(r.path("labels").path("severity").asText()).as(r.path("alert").asText())
                        .isIn("warning", "critical");
                assertThat(r.path("annotations").path("summary").asText()).as(r.path("alert").asText()).isNotBlank();
            }
        }
        assertThat(alerts).containsAll(REQUIRED_ALERTS);

        List<JsonNode> dashboards = dashboards(prod);
        assertThat(dashboards).singleElement().satisfies(d -> {
            assertThat(d.path("uid").asText()).isEqualTo("haki-overview");
            assertThat(d.path("panels")).isNotEmpty();
        });

        assertThat(prod.get("Kafka", "haki-kafka").path("spec").path("kafkaExporter").isObject())
                .as("Strimzi's Kafka exporter is switched on").isTrue();
        assertThat(prod.ofKind("Cluster")).isNotEmpty().allSatisfy(c ->
                assertThat(c.path("spec").path("monitoring").path("enablePodMonitor").asBoolean())
                        .as("CloudNativePG monitoring of %s", Manifests.name(c)).isTrue());
    }

    @Test
    void theObservabilityDocExplainsEveryListedMetricAndEveryAlert() throws IOException {
        String doc = Files.readString(Repo.resolve("docs/operations/observability.md"));
        exposedMetrics().keySet().forEach(metric -> assertThat(doc).as("observability.md explains " + metric)
                .contains(metric.replaceAll("_(count|sum|max)$", "")));
        for (JsonNode group : Kustomize.render("prod").get("PrometheusRule", "haki-alerts").path("spec").path("groups")) {
            for (JsonNode r : group.path("rules")) {
                assertThat(doc).as("observability.md explains alert " + r.path("alert").asText())
                        .contains("`" + r.path("alert").asText() + "`");
            }
        }
    }

    @Test
    void prometheusMayScrapeTheDatabases() {
        Manifests prod = Kustomize.render("prod");
        for (ObjectNode c : prod.ofKind("Cluster")) {
            JsonNode policy = prod.get("NetworkPolicy", Manifests.name(c));
            boolean admitted = false;
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                boolean fromPrometheus = false;
                for (JsonNode from : rule.path("from")) {
                    fromPrometheus |= from.path("podSelector").path("matchLabels").path("app.kubernetes.io/name")
                            .asText().equals("prometheus");
                }
                for (JsonNode port : rule.path("ports")) {
                    admitted |= fromPrometheus && port.path("port").asInt() == 9187;
                }
            }
            assertThat(admitted).as("NetworkPolicy %s admits Prometheus on 9187", Manifests.name(c)).isTrue();
        }
    }
}
