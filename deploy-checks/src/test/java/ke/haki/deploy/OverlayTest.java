package ke.haki.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ke.haki.contract.Topics;

/** Renders every overlay with kubectl kustomize and holds it to every rule of {@link Checker}. */
class OverlayTest {

    static java.util.List<String> overlays() {
        return Kustomize.OVERLAYS;
    }

    static Map<String, Integer> contractTopics() {
        Map<String, Integer> topics = new LinkedHashMap<>();
        for (Topics.TopicSpec t : Topics.ALL) {
            topics.put(t.name(), t.partitions());
        }
        return topics;
    }

    @ParameterizedTest(name = "{0}: every document parses and has apiVersion, kind, metadata.name")
    @MethodSource("overlays")
    void documents(String overlay) {
        assertThat(Checker.documents(Kustomize.render(overlay))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: Deployments have probes, resources, a locked-down security context, a tagged image")
    @MethodSource("overlays")
    void deployments(String overlay) {
        Manifests m = Kustomize.render(overlay);
        assertThat(m.ofKind("Deployment")).extracting(Manifests::name)
                .containsExactlyInAnyOrderElementsOf(Services.ALL.stream().map(Services.Service::name).toList());
        assertThat(Checker.deployments(m)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: every variable a service reads in %prod is provided")
    @MethodSource("overlays")
    void environment(String overlay) {
        Manifests m = Kustomize.render(overlay);
        for (Services.Service s : Services.ALL) {
            Set<String> needed = AppProperties.of(s.dir()).prodEnvironmentVariables();
            assertThat(needed).as("%prod variables of " + s.name()).contains("DB_JDBC_URL", "KAFKA_BOOTSTRAP_SERVERS");
            assertThat(Checker.environment(m, s.name(), needed)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}: every Secret a resource reads is rendered, operator-written or documented")
    @MethodSource("overlays")
    void secrets(String overlay) {
        assertThat(Checker.secretReferences(Kustomize.render(overlay))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: each Deployment has a Service, an HPA (autoscaling/v2) and a PDB")
    @MethodSource("overlays")
    void companions(String overlay) {
        assertThat(Checker.companions(Kustomize.render(overlay))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: KafkaTopics are exactly Topics.ALL")
    @MethodSource("overlays")
    void topics(String overlay) {
        assertThat(Checker.topics(Kustomize.render(overlay), contractTopics())).isEmpty();
    }

    @ParameterizedTest(name = "{0}: KafkaUsers grant each service exactly its topics and groups")
    @MethodSource("overlays")
    void kafkaUsers(String overlay) {
        assertThat(Checker.kafkaUsers(Kustomize.render(overlay), Services.ALL)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: Kafka is KRaft with node pools and enforces ACLs; databases bootstrap with an owner")
    @MethodSource("overlays")
    void kafkaAndDatabases(String overlay) {
        assertThat(Checker.kafkaCluster(Kustomize.render(overlay))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: NetworkPolicies deny by default and allow each service only what it needs")
    @MethodSource("overlays")
    void networkPolicies(String overlay) {
        assertThat(Checker.networkPolicies(Kustomize.render(overlay), Services.ALL)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: one PostgreSQL cluster per service database")
    @MethodSource("overlays")
    void databases(String overlay) {
        Manifests m = Kustomize.render(overlay);
        for (Services.Service s : Services.ALL) {
            assertThat(m.find("Cluster", s.database())).as("CloudNativePG Cluster " + s.database()).isPresent();
        }
    }
}
