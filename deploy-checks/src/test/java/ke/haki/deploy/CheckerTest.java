package ke.haki.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Each rule complains when a parsed copy of the production overlay breaks it. */
class CheckerTest {

    private static Manifests prod() {
        return Kustomize.render("prod");
    }

    @Test
    void aMissingProbeIsCaught() {
        Manifests m = prod();
        Manifests.container(m.get("Deployment", "prosecution-service")).remove("readinessProbe");
        assertThat(Checker.deployments(m)).containsExactly("Deployment prosecution-service: no readinessProbe");
    }

    @Test
    void aProbeOnTheWrongPathIsCaught() {
        Manifests m = prod();
        ((ObjectNode) Manifests.container(m.get("Deployment", "monitoring-service")).path("livenessProbe").path("httpGet"))
                .put("path", "/q/health");
        assertThat(Checker.deployments(m)).singleElement().asString().contains("livenessProbe must GET /q/health/live");
    }

    @Test
    void missingLimitsAndAWritableRootAreCaught() {
        Manifests m = prod();
        ObjectNode c = Manifests.container(m.get("Deployment", "police-intake-service"));
        ((ObjectNode) c.path("resources")).remove("limits");
        ((ObjectNode) c.path("securityContext")).put("readOnlyRootFilesystem", false);
        ((ObjectNode) c.path("securityContext")).put("allowPrivilegeEscalation", true);
        ((ObjectNode) c.path("securityContext").path("capabilities")).remove("drop");
        Manifests.podSpec(m.get("Deployment", "police-intake-service")).remove("automountServiceAccountToken");
        assertThat(Checker.deployments(m)).containsExactlyInAnyOrder(
                "Deployment police-intake-service: no resources.limits.cpu",
                "Deployment police-intake-service: no resources.limits.memory",
                "Deployment police-intake-service: readOnlyRootFilesystem must be true",
                "Deployment police-intake-service: allowPrivilegeEscalation must be false",
                "Deployment police-intake-service: capabilities must drop ALL",
                "Deployment police-intake-service: automountServiceAccountToken must be false");
    }

    @Test
    void anUnprovidedVariableIsCaught() {
        Manifests m = prod();
        ((ObjectNode) m.get("ConfigMap", "prosecution-service-config").path("data")).remove("OIDC_AUTH_SERVER_URL");
        assertThat(Checker.environment(m, "prosecution-service", Set.of("OIDC_AUTH_SERVER_URL", "DB_JDBC_URL")))
                .singleElement().asString().contains("OIDC_AUTH_SERVER_URL");
    }

    @Test
    void aVariableFromAnUnknownSecretIsCaught() {
        Manifests m = prod();
        ArrayNode env = (ArrayNode) Manifests.container(m.get("Deployment", "police-intake-service")).path("env");
        env.addObject().put("name", "EXTRA").putObject("valueFrom").putObject("secretKeyRef").put("name", "nobody-made-this")
                .put("key", "k");
        assertThat(Checker.secretReferences(m)).singleElement().asString().contains("nobody-made-this");
    }

    @Test
    void prodEnvironmentVariablesAreReadFromProdAndUnprofiledLinesOnly() {
        AppProperties p = AppProperties.parse("""
                %prod.a.url=${DB_JDBC_URL}
                %prod.b=${OIDC_CLIENT_ID:haki-api}
                c=prefix-${SHARED_VAR}-${lower.case.property}
                %dev.d=${DEV_ONLY}
                %test.e=${TEST_ONLY:x}
                # f=${COMMENTED}
                """);
        assertThat(p.prodEnvironmentVariables()).containsExactlyInAnyOrder("DB_JDBC_URL", "OIDC_CLIENT_ID", "SHARED_VAR");
    }

    @Test
    void aMissingOrRenamedTopicIsCaught() {
        Manifests m = prod();
        m.get("KafkaTopic", "prosecution.dlq.v1").with("metadata").put("name", "prosecution.dlq");
        assertThat(Checker.topics(m, OverlayTest.contractTopics())).singleElement().asString().contains("differ from the contract");
    }

    @Test
    void tooFewPartitionsAreCaught() {
        Manifests m = prod();
        m.get("KafkaTopic", "nps.case-events.v1").with("spec").put("partitions", 1);
        assertThat(Checker.topics(m, OverlayTest.contractTopics())).singleElement().asString().contains("fewer than the contract's 3");
    }

    @Test
    void aTopicKeptForeverIsCaught() {
        Manifests m = prod();
        m.get("KafkaTopic", "odpp.case-events.v1").with("spec").with("config").put("retention.ms", "-1");
        assertThat(Checker.topics(m, OverlayTest.contractTopics())).singleElement().asString()
                .contains("odpp.case-events.v1: retention.ms -1 must be set, finite");
        m = prod();
        m.get("KafkaTopic", "ngec.case-alerts.v1").with("spec").with("config").remove("retention.ms");
        assertThat(Checker.topics(m, OverlayTest.contractTopics())).singleElement().asString().contains("ngec.case-alerts.v1: retention.ms");
        m = prod();
        m.get("KafkaTopic", "monitoring.dlq.v1").with("spec").with("config").put("cleanup.policy", "compact");
        assertThat(Checker.topics(m, OverlayTest.contractTopics())).singleElement().asString().contains("cleanup.policy must be delete");
    }

    @Test
    void anExtraOrMissingAclIsCaught() {
        Manifests m = prod();
        ArrayNode acls = (ArrayNode) m.get("KafkaUser", "prosecution-service").path("spec").path("authorization").path("acls");
        ObjectNode extra = acls.addObject();
        extra.putObject("resource").put("type", "topic").put("name", "ngec.case-alerts.v1").put("patternType", "literal");
        extra.putArray("operations").add("Read");
        assertThat(Checker.kafkaUsers(m, Services.ALL)).singleElement().asString().startsWith("KafkaUser prosecution-service: ACLs");

        Manifests m2 = prod();
        ((ArrayNode) m2.get("KafkaUser", "monitoring-service").path("spec").path("authorization").path("acls")).remove(0);
        assertThat(Checker.kafkaUsers(m2, Services.ALL)).singleElement().asString().startsWith("KafkaUser monitoring-service: ACLs");
    }

    @Test
    void anAclOnAnUndeclaredTopicIsCaught() {
        Manifests m = prod().without("KafkaTopic", "monitoring.dlq.v1");
        assertThat(Checker.kafkaUsers(m, Services.ALL)).contains(
                "KafkaUser monitoring-service: ACL on topic monitoring.dlq.v1 that is no KafkaTopic");
    }

    @Test
    void missingOrOpenNetworkPoliciesAreCaught() {
        assertThat(Checker.networkPolicies(prod().without("NetworkPolicy", "monitoring-service"), Services.ALL))
                .containsExactly("monitoring-service: no NetworkPolicy of its own");
        assertThat(Checker.networkPolicies(prod().without("NetworkPolicy", "default-deny-haki-services"), Services.ALL))
                .hasSize(3).allMatch(v -> v.contains("no default-deny"));

        Manifests m = prod();
        ArrayNode egress = (ArrayNode) m.get("NetworkPolicy", "police-intake-service").path("spec").path("egress");
        egress.addObject().putArray("to").addObject().putObject("podSelector").putObject("matchLabels")
                .put("cnpg.io/cluster", "prosecution-db");
        ((ObjectNode) egress.get(egress.size() - 1)).putArray("ports").addObject().put("protocol", "TCP").put("port", 5432);
        assertThat(Checker.networkPolicies(m, Services.ALL)).singleElement().asString()
                .contains("PostgreSQL egress must go only to its own cluster police-intake-db");
    }

    @Test
    void productionWithOnePodOrNoDisruptionBudgetIsCaught() {
        Manifests m = prod();
        m.ofKind("HorizontalPodAutoscaler").get(0).with("spec").put("minReplicas", 1);
        assertThat(Checker.productionAvailability(m)).singleElement().asString().contains("minReplicas must be >= 2");

        Manifests dev = Kustomize.render("dev");
        assertThat(Checker.productionAvailability(dev)).as("dev is not production-shaped")
                .anyMatch(v -> v.contains("PodDisruptionBudget minAvailable"))
                .anyMatch(v -> v.contains("instances must be 3"));

        assertThat(Checker.companions(prod().without("PodDisruptionBudget", "prosecution-service")))
                .containsExactly("Deployment prosecution-service: no PodDisruptionBudget selects its pods");
    }

    @Test
    void kafkaWithoutKraftOrAuthenticationIsCaught() {
        Manifests m = prod();
        ObjectNode kafka = m.get("Kafka", "haki-kafka");
        ((ObjectNode) kafka.path("metadata").path("annotations")).remove("strimzi.io/kraft");
        ((ObjectNode) kafka.path("spec").path("kafka").path("listeners").get(0)).remove("authentication");
        assertThat(Checker.kafkaCluster(m)).hasSize(2);
    }

    @Test
    void aDocumentWithoutNameIsCaught() {
        Manifests m = prod();
        ((ObjectNode) m.docs().get(0).path("metadata")).remove("name");
        assertThat(Checker.documents(m)).singleElement().asString().contains("has no metadata.name");
    }

    @Test
    void unparsableOutputFails() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Kustomize.parse("kind: [unclosed"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not parse");
    }

    @Test
    void manualSecretsAreNeverRenderedInProd() {
        Manifests m = prod();
        for (Map.Entry<String, Set<String>> e : Checker.MANUAL_SECRETS.entrySet()) {
            assertThat(m.find("Secret", e.getKey())).isEmpty();
        }
    }
}
