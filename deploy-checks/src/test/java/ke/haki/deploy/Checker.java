package ke.haki.deploy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The rules a rendered overlay must follow. Every method returns the violations it found (empty
 * when the rule holds), so the tests can both check the real overlays and prove that each rule
 * complains about a broken copy.
 */
final class Checker {

    /**
     * Secrets the operations team creates before the first apply (docs/operations/kubernetes.md
     * says how), with the keys the manifests read from them.
     */
    static final Map<String, Set<String>> MANUAL_SECRETS = Map.of(
            "police-intake-keys", Set.of("VICTIM_DATA_KEY", "PSEUDONYM_KEY"),
            "haki-keycloak-tls", Set.of("tls.crt", "tls.key"),
            "haki-keycloak-ca", Set.of("ca.crt"),
            "keycloak-client-secrets", Set.of("NGEC_DASHBOARD_CLIENT_SECRET", "NPS_AGENCY_SYSTEM_CLIENT_SECRET",
                    "ODPP_AGENCY_SYSTEM_CLIENT_SECRET", "NGEC_DIRECTORY_CLIENT_SECRET"),
            // basic-auth Secrets of the roles the services connect as (CloudNativePG managed roles)
            "police-intake-db-runtime", Set.of("username", "password"),
            "prosecution-db-runtime", Set.of("username", "password"),
            "monitoring-db-runtime", Set.of("username", "password"));

    private Checker() {}

    // ---------------------------------------------------------------- documents

    static List<String> documents(Manifests m) {
        List<String> v = new ArrayList<>();
        if (m.docs().isEmpty()) {
            v.add("the overlay renders no document");
        }
        int i = 0;
        for (ObjectNode d : m.docs()) {
            for (String field : List.of("apiVersion", "kind")) {
                if (!d.path(field).isTextual() || d.path(field).asText().isBlank()) {
                    v.add("document " + i + " has no " + field);
                }
            }
            if (!d.path("metadata").path("name").isTextual() || Manifests.name(d).isBlank()) {
                v.add("document " + i + " (" + d.path("kind").asText() + ") has no metadata.name");
            }
            i++;
        }
        return v;
    }

    // ---------------------------------------------------------------- deployments

    static List<String> deployments(Manifests m) {
        List<String> v = new ArrayList<>();
        if (m.ofKind("Deployment").isEmpty()) {
            v.add("no Deployment");
        }
        for (ObjectNode d : m.ofKind("Deployment")) {
            String n = "Deployment " + Manifests.name(d);
            JsonNode pod = Manifests.podSpec(d);
            JsonNode c = Manifests.container(d);
            if (c.isMissingNode() || !c.isObject()) {
                v.add(n + ": no container");
                continue;
            }
            probe(v, n, c, "startupProbe", "/q/health/started");
            probe(v, n, c, "readinessProbe", "/q/health/ready");
            probe(v, n, c, "livenessProbe", "/q/health/live");
            for (String kind : List.of("requests", "limits")) {
                for (String res : List.of("cpu", "memory")) {
                    if (c.path("resources").path(kind).path(res).asText().isBlank()) {
                        v.add(n + ": no resources." + kind + "." + res);
                    }
                }
            }
            if (!pod.path("automountServiceAccountToken").isBoolean() || pod.path("automountServiceAccountToken").asBoolean()) {
                v.add(n + ": automountServiceAccountToken must be false");
            }
            JsonNode psc = pod.path("securityContext");
            JsonNode csc = c.path("securityContext");
            if (!psc.path("runAsNonRoot").asBoolean(false) && !csc.path("runAsNonRoot").asBoolean(false)) {
                v.add(n + ": runAsNonRoot must be true");
            }
            if (!"RuntimeDefault".equals(psc.path("seccompProfile").path("type").asText())
                    && !"RuntimeDefault".equals(csc.path("seccompProfile").path("type").asText())) {
                v.add(n + ": seccompProfile must be RuntimeDefault");
            }
            if (!csc.path("readOnlyRootFilesystem").asBoolean(false)) {
                v.add(n + ": readOnlyRootFilesystem must be true");
            }
            if (!csc.path("allowPrivilegeEscalation").isBoolean() || csc.path("allowPrivilegeEscalation").asBoolean()) {
                v.add(n + ": allowPrivilegeEscalation must be false");
            }
            if (csc.path("privileged").asBoolean(false)) {
                v.add(n + ": must not be privileged");
            }
            Set<String> dropped = texts(csc.path("capabilities").path("drop"));
            if (!dropped.contains("ALL")) {
                v.add(n + ": capabilities must drop ALL");
            }
            if (csc.path("capabilities").path("add").size() > 0) {
                v.add(n + ": adds capabilities " + csc.path("capabilities").path("add"));
            }
            String tmpVolume = null;
            for (JsonNode mount : c.path("volumeMounts")) {
                if ("/tmp".equals(mount.path("mountPath").asText())) {
                    tmpVolume = mount.path("name").asText();
                }
            }
            boolean tmpIsEmptyDir = false;
            for (JsonNode vol : pod.path("volumes")) {
                if (vol.path("name").asText().equals(tmpVolume) && vol.has("emptyDir")) {
                    tmpIsEmptyDir = true;
                }
            }
            if (!tmpIsEmptyDir) {
                v.add(n + ": /tmp must be an emptyDir volume (the root file system is read-only)");
            }
            String image = c.path("image").asText();
            String expectedRepo = "ghcr.io/haki-ke/" + Manifests.name(d) + ":";
            if (!image.startsWith(expectedRepo) || image.length() == expectedRepo.length() || image.endsWith(":latest")) {
                v.add(n + ": image " + image + " must be " + expectedRepo + "<tag> with a tag set by the overlay (not latest)");
            }
            boolean port8080 = false;
            for (JsonNode p : c.path("ports")) {
                port8080 |= p.path("containerPort").asInt() == 8080;
            }
            if (!port8080) {
                v.add(n + ": container port 8080 missing");
            }
        }
        return v;
    }

    private static void probe(List<String> v, String n, JsonNode c, String probe, String path) {
        JsonNode p = c.path(probe);
        if (p.isMissingNode() || p.isNull()) {
            v.add(n + ": no " + probe);
            return;
        }
        if (!path.equals(p.path("httpGet").path("path").asText())) {
            v.add(n + ": " + probe + " must GET " + path + " (is " + p.path("httpGet").path("path").asText() + ")");
        }
        JsonNode port = p.path("httpGet").path("port");
        if (!(port.asInt() == 8080 || "http".equals(port.asText()))) {
            v.add(n + ": " + probe + " must use port 8080 (http), is " + port);
        }
    }

    // ---------------------------------------------------------------- environment

    /** Every variable in {@code needed} reaches the service's container. */
    static List<String> environment(Manifests m, String service, Set<String> needed) {
        List<String> v = new ArrayList<>();
        ObjectNode d = m.find("Deployment", service).orElse(null);
        if (d == null) {
            return List.of("no Deployment " + service);
        }
        Map<String, String> provided = providedEnvironment(m, Manifests.container(d), v);
        for (String var : needed) {
            if (!provided.containsKey(var)) {
                v.add("Deployment " + service + ": environment variable " + var
                        + " (read by its application.properties in %prod) is not provided");
            }
        }
        if (!"8080".equals(provided.getOrDefault("QUARKUS_HTTP_PORT", ""))) {
            v.add("Deployment " + service + ": QUARKUS_HTTP_PORT must be 8080 (is " + provided.get("QUARKUS_HTTP_PORT") + ")");
        }
        return v;
    }

    /** Variable name to its value, or to "<secret name/key>" when it comes from a Secret. */
    static Map<String, String> providedEnvironment(Manifests m, JsonNode container, List<String> v) {
        Map<String, String> provided = new LinkedHashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            String prefix = from.path("prefix").asText("");
            if (from.has("configMapRef")) {
                String cm = from.path("configMapRef").path("name").asText();
                ObjectNode map = m.find("ConfigMap", cm).orElse(null);
                if (map == null) {
                    v.add("envFrom ConfigMap " + cm + " is not in the rendered output");
                    continue;
                }
                map.path("data").fields().forEachRemaining(e -> provided.put(prefix + e.getKey(), e.getValue().asText()));
            } else if (from.has("secretRef")) {
                String s = from.path("secretRef").path("name").asText();
                Set<String> keys = secretKeys(m, s);
                if (keys == null) {
                    v.add("envFrom Secret " + s + " is neither rendered, nor written by an operator, nor a documented manual secret");
                    continue;
                }
                keys.forEach(k -> provided.put(prefix + k, "<secret " + s + "/" + k + ">"));
            }
        }
        for (JsonNode e : container.path("env")) {
            String name = e.path("name").asText();
            if (e.has("value")) {
                provided.put(name, e.path("value").asText());
            } else if (e.path("valueFrom").has("configMapKeyRef")) {
                JsonNode ref = e.path("valueFrom").path("configMapKeyRef");
                ObjectNode map = m.find("ConfigMap", ref.path("name").asText()).orElse(null);
                if (map == null || !map.path("data").has(ref.path("key").asText())) {
                    v.add("env " + name + ": ConfigMap " + ref.path("name").asText() + " with key " + ref.path("key").asText()
                            + " is not in the rendered output");
                    continue;
                }
                provided.put(name, map.path("data").path(ref.path("key").asText()).asText());
            } else if (e.path("valueFrom").has("secretKeyRef")) {
                JsonNode ref = e.path("valueFrom").path("secretKeyRef");
                String s = ref.path("name").asText();
                String key = ref.path("key").asText();
                Set<String> keys = secretKeys(m, s);
                if (keys == null || !keys.contains(key)) {
                    v.add("env " + name + ": Secret " + s + " key " + key + " is not provided (rendered, operator-written or manual)");
                    continue;
                }
                provided.put(name, "<secret " + s + "/" + key + ">");
            } else {
                v.add("env " + name + " has no value");
            }
        }
        return provided;
    }

    /**
     * The keys of a Secret the overlay can count on: rendered by Kustomize, written by an
     * operator for a rendered resource, or created by the operations team (documented), else null.
     */
    static Set<String> secretKeys(Manifests m, String name) {
        ObjectNode rendered = m.find("Secret", name).orElse(null);
        if (rendered != null) {
            Set<String> keys = new TreeSet<>();
            rendered.path("data").fieldNames().forEachRemaining(keys::add);
            rendered.path("stringData").fieldNames().forEachRemaining(keys::add);
            return keys;
        }
        for (ObjectNode c : m.ofKind("Cluster")) {
            if (c.path("apiVersion").asText().startsWith("postgresql.cnpg.io/") && name.equals(Manifests.name(c) + "-app")) {
                return Set.of("username", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass");
            }
            if (c.path("apiVersion").asText().startsWith("postgresql.cnpg.io/") && name.equals(Manifests.name(c) + "-ca")) {
                return Set.of("ca.crt", "ca.key");
            }
        }
        for (ObjectNode u : m.ofKind("KafkaUser")) {
            if (name.equals(Manifests.name(u)) && "scram-sha-512".equals(u.path("spec").path("authentication").path("type").asText())) {
                return Set.of("password", "sasl.jaas.config");
            }
        }
        for (ObjectNode k : m.ofKind("Kafka")) {
            if (name.equals(Manifests.name(k) + "-cluster-ca-cert")) {
                return Set.of("ca.crt", "ca.p12", "ca.password");
            }
        }
        return MANUAL_SECRETS.get(name);
    }

    /** Every Secret a rendered resource reads (pods, Keycloak, realm import) exists with its key. */
    static List<String> secretReferences(Manifests m) {
        List<String> v = new ArrayList<>();
        for (ObjectNode d : m.ofKind("Deployment")) {
            JsonNode pod = Manifests.podSpec(d);
            for (JsonNode c : pod.path("containers")) {
                providedEnvironment(m, c, v);
            }
            for (JsonNode vol : pod.path("volumes")) {
                if (vol.has("secret")) {
                    String s = vol.path("secret").path("secretName").asText();
                    Set<String> keys = secretKeys(m, s);
                    if (keys == null) {
                        v.add("Deployment " + Manifests.name(d) + ": volume Secret " + s + " is not provided");
                        continue;
                    }
                    for (JsonNode item : vol.path("secret").path("items")) {
                        if (!keys.contains(item.path("key").asText())) {
                            v.add("Deployment " + Manifests.name(d) + ": Secret " + s + " has no key " + item.path("key").asText());
                        }
                    }
                }
            }
        }
        for (ObjectNode k : m.ofKind("Keycloak")) {
            JsonNode db = k.path("spec").path("db");
            for (String ref : List.of("usernameSecret", "passwordSecret")) {
                requireSecretKey(m, v, "Keycloak db." + ref, db.path(ref).path("name").asText(), db.path(ref).path("key").asText());
            }
            String tls = k.path("spec").path("http").path("tlsSecret").asText();
            if (!tls.isEmpty()) {
                requireSecretKey(m, v, "Keycloak http.tlsSecret", tls, "tls.crt");
            }
        }
        for (ObjectNode r : m.ofKind("KeycloakRealmImport")) {
            r.path("spec").path("placeholders").fields().forEachRemaining(e -> requireSecretKey(m, v,
                    "KeycloakRealmImport placeholder " + e.getKey(), e.getValue().path("secret").path("name").asText(),
                    e.getValue().path("secret").path("key").asText()));
        }
        return v;
    }

    private static void requireSecretKey(Manifests m, List<String> v, String what, String secret, String key) {
        Set<String> keys = secretKeys(m, secret);
        if (keys == null || !keys.contains(key)) {
            v.add(what + ": Secret " + secret + " key " + key + " is not provided");
        }
    }

    // ---------------------------------------------------------------- Kafka

    static String topicName(JsonNode topic) {
        String explicit = topic.path("spec").path("topicName").asText("");
        return explicit.isEmpty() ? Manifests.name(topic) : explicit;
    }

    /** Ten years: the longest any topic may keep a record. */
    static final long MAX_RETENTION_MS = 315_576_000_000L;

    /** The KafkaTopics are exactly the contract's topics, with at least the contract's partitions and a finite retention. */
    static List<String> topics(Manifests m, Map<String, Integer> contract) {
        List<String> v = new ArrayList<>();
        Map<String, JsonNode> rendered = new HashMap<>();
        for (ObjectNode t : m.ofKind("KafkaTopic")) {
            if (rendered.put(topicName(t), t) != null) {
                v.add("KafkaTopic " + topicName(t) + " is declared twice");
            }
        }
        if (!rendered.keySet().equals(contract.keySet())) {
            v.add("KafkaTopics " + new TreeSet<>(rendered.keySet()) + " differ from the contract's topics (Topics.ALL) "
                    + new TreeSet<>(contract.keySet()));
        }
        Set<String> clusters = new TreeSet<>();
        m.ofKind("Kafka").forEach(k -> clusters.add(Manifests.name(k)));
        rendered.forEach((name, t) -> {
            int partitions = t.path("spec").path("partitions").asInt(0);
            if (contract.containsKey(name) && partitions < contract.get(name)) {
                v.add("KafkaTopic " + name + " has " + partitions + " partitions, fewer than the contract's " + contract.get(name));
            }
            int replicas = t.path("spec").path("replicas").asInt(0);
            int minIsr = t.path("spec").path("config").path("min.insync.replicas").asInt(1);
            if (replicas < 1 || minIsr > replicas) {
                v.add("KafkaTopic " + name + ": replicas " + replicas + " with min.insync.replicas " + minIsr);
            }
            long retention = t.path("spec").path("config").path("retention.ms").asLong(-1);
            if (retention <= 0 || retention > MAX_RETENTION_MS) {
                v.add("KafkaTopic " + name + ": retention.ms " + t.path("spec").path("config").path("retention.ms").asText()
                        + " must be set, finite and at most ten years (docs/security.md, retention and erasure)");
            }
            if (!"delete".equals(t.path("spec").path("config").path("cleanup.policy").asText())) {
                v.add("KafkaTopic " + name + ": cleanup.policy must be delete (records expire by retention)");
            }
            if (!clusters.contains(t.path("metadata").path("labels").path("strimzi.io/cluster").asText())) {
                v.add("KafkaTopic " + name + " is not labelled with a rendered Kafka cluster (strimzi.io/cluster)");
            }
        });
        return v;
    }

    record Acl(String type, String name, String patternType, Set<String> operations) {}

    static List<Acl> acls(JsonNode user) {
        List<Acl> acls = new ArrayList<>();
        for (JsonNode a : user.path("spec").path("authorization").path("acls")) {
            Set<String> ops = texts(a.path("operations"));
            if (a.has("operation")) {
                ops.add(a.path("operation").asText());
            }
            acls.add(new Acl(a.path("resource").path("type").asText(), a.path("resource").path("name").asText(),
                    a.path("resource").path("patternType").asText("literal"), ops));
        }
        return acls;
    }

    /**
     * Each service's KafkaUser grants exactly what the table needs: Read+Describe on what it
     * consumes, Write+Describe on what it produces, Read on its consumer group(s), nothing else;
     * every topic an ACL names exists as a KafkaTopic.
     */
    static List<String> kafkaUsers(Manifests m, List<Services.Service> services) {
        List<String> v = new ArrayList<>();
        Set<String> topics = new TreeSet<>();
        m.ofKind("KafkaTopic").forEach(t -> topics.add(topicName(t)));
        for (ObjectNode u : m.ofKind("KafkaUser")) {
            for (Acl acl : acls(u)) {
                if (acl.type().equals("topic")) {
                    boolean exists = acl.patternType().equals("prefix")
                            ? topics.stream().anyMatch(t -> t.startsWith(acl.name()))
                            : topics.contains(acl.name());
                    if (!exists) {
                        v.add("KafkaUser " + Manifests.name(u) + ": ACL on topic " + acl.name() + " that is no KafkaTopic");
                    }
                }
            }
        }
        for (Services.Service s : services) {
            ObjectNode u = m.find("KafkaUser", s.name()).orElse(null);
            if (u == null) {
                v.add("no KafkaUser " + s.name());
                continue;
            }
            String n = "KafkaUser " + s.name();
            if (!"simple".equals(u.path("spec").path("authorization").path("type").asText())) {
                v.add(n + ": authorization.type must be simple");
            }
            if (u.path("spec").path("authentication").path("type").asText().isEmpty()) {
                v.add(n + ": no authentication");
            }
            Map<String, Set<String>> expected = new LinkedHashMap<>();
            for (String t : s.consumes()) {
                expected.computeIfAbsent("topic literal " + t, k -> new TreeSet<>()).addAll(Set.of("Read", "Describe"));
            }
            for (String t : s.produces()) {
                expected.computeIfAbsent("topic literal " + t, k -> new TreeSet<>()).addAll(Set.of("Write", "Describe"));
            }
            expected.put("group " + s.group().patternType() + " " + s.group().name(), new TreeSet<>(Set.of("Read")));
            Map<String, Set<String>> actual = new LinkedHashMap<>();
            for (Acl acl : acls(u)) {
                actual.computeIfAbsent(acl.type() + " " + acl.patternType() + " " + acl.name(), k -> new TreeSet<>())
                        .addAll(acl.operations());
            }
            if (!actual.equals(expected)) {
                v.add(n + ": ACLs " + actual + " differ from what the service needs " + expected);
            }
        }
        return v;
    }

    // ---------------------------------------------------------------- network

    /**
     * A default deny selects every service; each service has a policy that admits only port 8080
     * and lets it out only to its own database (5432), Kafka (9093), Keycloak (8080) and DNS (53).
     */
    static List<String> networkPolicies(Manifests m, List<Services.Service> services) {
        List<String> v = new ArrayList<>();
        for (Services.Service s : services) {
            ObjectNode d = m.find("Deployment", s.name()).orElse(null);
            if (d == null) {
                v.add("no Deployment " + s.name());
                continue;
            }
            JsonNode podLabels = d.path("spec").path("template").path("metadata").path("labels");
            boolean denied = false;
            ObjectNode own = null;
            for (ObjectNode p : m.ofKind("NetworkPolicy")) {
                if (!selects(p.path("spec").path("podSelector"), podLabels)) {
                    continue;
                }
                Set<String> types = texts(p.path("spec").path("policyTypes"));
                if (types.containsAll(Set.of("Ingress", "Egress")) && p.path("spec").path("ingress").isEmpty()
                        && p.path("spec").path("egress").isEmpty()) {
                    denied = true;
                } else if (p.path("spec").path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText().equals(s.name())) {
                    own = p;
                }
            }
            if (!denied) {
                v.add(s.name() + ": no default-deny NetworkPolicy (Ingress and Egress, no rules) selects its pods");
            }
            if (own == null) {
                v.add(s.name() + ": no NetworkPolicy of its own");
                continue;
            }
            String n = "NetworkPolicy " + Manifests.name(own);
            if (!texts(own.path("spec").path("policyTypes")).containsAll(Set.of("Ingress", "Egress"))) {
                v.add(n + ": policyTypes must be Ingress and Egress");
            }
            for (JsonNode rule : own.path("spec").path("ingress")) {
                Set<Integer> ports = ports(rule);
                if (!ports.equals(Set.of(8080))) {
                    v.add(n + ": ingress must be limited to port 8080, a rule allows " + (ports.isEmpty() ? "every port" : ports));
                }
                if (rule.path("from").isEmpty()) {
                    v.add(n + ": an ingress rule admits every source");
                }
            }
            if (own.path("spec").path("ingress").isEmpty()) {
                v.add(n + ": no ingress from the ingress controller");
            }
            Map<Integer, List<JsonNode>> egressByPort = new HashMap<>();
            for (JsonNode rule : own.path("spec").path("egress")) {
                Set<Integer> ports = ports(rule);
                if (ports.isEmpty() || rule.path("to").isEmpty()) {
                    v.add(n + ": an egress rule is open (every port or every destination)");
                }
                for (int port : ports) {
                    for (JsonNode to : rule.path("to")) {
                        egressByPort.computeIfAbsent(port, k -> new ArrayList<>()).add(to);
                    }
                }
            }
            int keycloakPort = keycloakPort(m);
            if (!egressByPort.keySet().equals(Set.of(5432, 9093, keycloakPort, 53))) {
                v.add(n + ": egress ports " + new TreeSet<>(egressByPort.keySet())
                        + " must be exactly PostgreSQL 5432, Kafka 9093, Keycloak " + keycloakPort + " and DNS 53");
            }
            for (JsonNode to : egressByPort.getOrDefault(5432, List.of())) {
                String cluster = to.path("podSelector").path("matchLabels").path("cnpg.io/cluster").asText();
                if (!cluster.equals(s.database()) || to.has("namespaceSelector") || to.has("ipBlock")) {
                    v.add(n + ": PostgreSQL egress must go only to its own cluster " + s.database() + ", allows " + to);
                }
            }
            if (!egressByPort.getOrDefault(9093, List.of()).stream()
                    .allMatch(to -> to.path("podSelector").path("matchLabels").has("strimzi.io/cluster"))) {
                v.add(n + ": Kafka egress must go to the Strimzi broker pods only");
            }
        }
        return v;
    }

    /** Keycloak's port for the services: 8443 when it serves only https, else its HTTP port 8080. */
    static int keycloakPort(Manifests m) {
        return m.ofKind("Keycloak").stream().anyMatch(k -> !k.path("spec").path("http").path("httpEnabled").asBoolean(true))
                ? 8443 : 8080;
    }

    // ---------------------------------------------------------------- TLS

    /**
     * Production behind an ingress (issue 15 item 5): Keycloak serves only https; each service
     * fetches discovery and JWKS over https trusting a mounted CA, talks to its database with
     * sslmode=verify-full against the cluster's CA, and to Kafka over SASL_SSL; its %prod
     * properties honour forwarded headers from trusted proxies only, and the dashboard's cookies
     * are Secure with SameSite and its redirect URIs https.
     */
    static List<String> tls(Manifests m, List<Services.Service> services, Map<String, AppProperties> properties) {
        List<String> v = new ArrayList<>();
        for (ObjectNode k : m.ofKind("Keycloak")) {
            JsonNode http = k.path("spec").path("http");
            if (http.path("tlsSecret").asText().isEmpty()) {
                v.add("Keycloak " + Manifests.name(k) + ": no http.tlsSecret");
            }
            if (http.path("httpEnabled").asBoolean(true)) {
                v.add("Keycloak " + Manifests.name(k) + ": http.httpEnabled must be false (https only)");
            }
            if (!k.path("spec").path("hostname").path("hostname").asText().startsWith("https://")) {
                v.add("Keycloak " + Manifests.name(k) + ": the public hostname (the tokens' issuer) must be https");
            }
            keycloakDatabaseTls(v, k);
        }
        for (ObjectNode k : m.ofKind("Kafka")) {
            for (JsonNode l : k.path("spec").path("kafka").path("listeners")) {
                if (!l.path("tls").asBoolean(false)) {
                    v.add("Kafka listener " + l.path("name").asText() + " must have tls: true");
                }
            }
        }
        for (Services.Service s : services) {
            ObjectNode d = m.find("Deployment", s.name()).orElse(null);
            if (d == null) {
                v.add("no Deployment " + s.name());
                continue;
            }
            String n = "Deployment " + s.name();
            Map<String, String> env = providedEnvironment(m, Manifests.container(d), new ArrayList<>());
            String oidc = env.getOrDefault("OIDC_AUTH_SERVER_URL", "");
            if (!oidc.startsWith("https://")) {
                v.add(n + ": OIDC_AUTH_SERVER_URL " + oidc + " must be https (discovery and JWKS over TLS)");
            }
            if (!"keycloak".equals(env.get("OIDC_TLS_CONFIGURATION"))) {
                v.add(n + ": OIDC_TLS_CONFIGURATION must be keycloak (the TLS configuration trusting Keycloak's CA)");
            }
            requireMountedFromSecret(v, n, d, "OIDC_TRUST_STORE", env.get("OIDC_TRUST_STORE"), "haki-keycloak-ca");
            String jdbc = env.getOrDefault("DB_JDBC_URL", "");
            java.util.regex.Matcher root = java.util.regex.Pattern.compile("[?&]sslrootcert=([^&]+)").matcher(jdbc);
            if (!jdbc.matches(".*[?&]sslmode=verify-full(&.*)?$") || !root.find()) {
                v.add(n + ": DB_JDBC_URL " + jdbc + " must have sslmode=verify-full and sslrootcert");
            } else {
                requireMountedFromSecret(v, n, d, "sslrootcert", root.group(1), s.database() + "-ca");
            }
            if (!"SASL_SSL".equals(env.get("KAFKA_SECURITY_PROTOCOL"))) {
                v.add(n + ": KAFKA_SECURITY_PROTOCOL must be SASL_SSL");
            }
            AppProperties p = properties.get(s.name());
            for (String key : List.of("quarkus.http.proxy.proxy-address-forwarding", "quarkus.http.proxy.allow-x-forwarded")) {
                if (!"true".equals(resolve(String.valueOf(p.prod(key)), env))) {
                    v.add(s.name() + ": %prod." + key + " must be true (the ingress terminates TLS)");
                }
            }
            String trusted = p.prod("quarkus.http.proxy.trusted-proxies");
            String trustedValue = trusted == null ? "" : resolve(trusted, env);
            if (trustedValue.isBlank()) {
                v.add(s.name() + ": quarkus.http.proxy.trusted-proxies is not set (any client could forge X-Forwarded-*)");
            }
            if (!"keycloak".equals(resolve(String.valueOf(p.prod("quarkus.oidc.tls.tls-configuration-name")), env))
                    || !resolve(String.valueOf(p.prod("quarkus.tls.keycloak.trust-store.pem.certs")), env)
                            .equals(env.get("OIDC_TRUST_STORE"))
                    || !"required".equalsIgnoreCase(String.valueOf(p.prod("quarkus.oidc.tls.verification")))) {
                v.add(s.name() + ": %prod OIDC must use the TLS configuration keycloak, with verification");
            }
            if (p.prod("quarkus.oidc.dashboard.client-id") != null) {
                for (String key : List.of("quarkus.oidc.dashboard.authentication.cookie-force-secure",
                        "quarkus.oidc.dashboard.authentication.force-redirect-https-scheme")) {
                    if (!"true".equals(resolve(String.valueOf(p.prod(key)), env))) {
                        v.add(s.name() + ": %prod." + key + " must be true");
                    }
                }
                for (String key : List.of("quarkus.oidc.dashboard.authentication.cookie-same-site",
                        "quarkus.oidc.dashboard.authentication.state-cookie-same-site")) {
                    if (!Set.of("lax", "strict").contains(String.valueOf(p.prod(key)).toLowerCase(java.util.Locale.ROOT))) {
                        v.add(s.name() + ": " + key + " must be lax or strict");
                    }
                }
                if (!"keycloak".equals(resolve(String.valueOf(p.prod("quarkus.oidc.dashboard.tls.tls-configuration-name")), env))) {
                    v.add(s.name() + ": %prod.quarkus.oidc.dashboard.tls.tls-configuration-name is not set");
                }
            }
        }
        return v;
    }

    /** ${VAR} (or ${VAR:default}) replaced by the container's value. */
    private static String resolve(String value, Map<String, String> env) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)(?::([^}]*))?}").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = env.getOrDefault(m.group(1), m.group(2) == null ? "" : m.group(2));
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code file} lies under a mount of a volume read from the Secret {@code secret}. */
    /**
     * Keycloak reaches its database as the services reach theirs: sslmode=verify-full, the root
     * certificate mounted (through the Keycloak CR's pod template) from the CloudNativePG CA Secret
     * of the database cluster its URL names.
     */
    private static void keycloakDatabaseTls(List<String> v, ObjectNode k) {
        String n = "Keycloak " + Manifests.name(k);
        String url = k.path("spec").path("db").path("url").asText("");
        java.util.regex.Matcher host = java.util.regex.Pattern.compile("^jdbc:postgresql://([a-z0-9-]+)-rw[:/]").matcher(url);
        java.util.regex.Matcher root = java.util.regex.Pattern.compile("[?&]sslrootcert=([^&]+)").matcher(url);
        if (!url.matches(".*[?&]sslmode=verify-full(&.*)?$") || !root.find() || !host.find()) {
            v.add(n + ": db.url " + url + " must name the database cluster's -rw service, with sslmode=verify-full and sslrootcert");
            return;
        }
        JsonNode template = k.path("spec").path("unsupported").path("podTemplate");
        if (!template.path("spec").path("containers").path(0).isObject()) {
            v.add(n + ": no pod template mounts the database CA " + root.group(1));
            return;
        }
        ObjectNode asDeployment = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        asDeployment.putObject("spec").set("template", template);
        requireMountedFromSecret(v, n, asDeployment, "sslrootcert", root.group(1), host.group(1) + "-ca");
    }

    private static void requireMountedFromSecret(List<String> v, String n, JsonNode d, String what, String file, String secret) {
        if (file == null || file.isBlank()) {
            v.add(n + ": " + what + " is not set");
            return;
        }
        for (JsonNode mount : Manifests.container(d).path("volumeMounts")) {
            String dir = mount.path("mountPath").asText();
            if (!file.startsWith(dir.endsWith("/") ? dir : dir + "/")) {
                continue;
            }
            for (JsonNode vol : Manifests.podSpec(d).path("volumes")) {
                if (vol.path("name").asText().equals(mount.path("name").asText())
                        && secret.equals(vol.path("secret").path("secretName").asText())) {
                    return;
                }
            }
        }
        v.add(n + ": " + what + " " + file + " is not mounted from the Secret " + secret);
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        JsonNode match = selector.path("matchLabels");
        if (match.isEmpty() && selector.path("matchExpressions").isEmpty()) {
            return true;
        }
        Iterator<Map.Entry<String, JsonNode>> it = match.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return selector.path("matchExpressions").isEmpty();
    }

    private static Set<Integer> ports(JsonNode rule) {
        Set<Integer> ports = new TreeSet<>();
        for (JsonNode p : rule.path("ports")) {
            ports.add(p.path("port").asInt());
        }
        return ports;
    }

    // ---------------------------------------------------------------- workload wiring

    /** Each Deployment has a Service, a HorizontalPodAutoscaler and a PodDisruptionBudget aimed at it. */
    static List<String> companions(Manifests m) {
        List<String> v = new ArrayList<>();
        for (ObjectNode d : m.ofKind("Deployment")) {
            String name = Manifests.name(d);
            JsonNode labels = d.path("spec").path("template").path("metadata").path("labels");
            if (m.ofKind("Service").stream().noneMatch(s -> !s.path("spec").path("selector").isEmpty()
                    && selects(mapOf(s.path("spec").path("selector")), labels))) {
                v.add("Deployment " + name + ": no Service selects its pods");
            }
            if (hpaFor(m, name) == null) {
                v.add("Deployment " + name + ": no autoscaling/v2 HorizontalPodAutoscaler");
            }
            if (pdbFor(m, labels) == null) {
                v.add("Deployment " + name + ": no PodDisruptionBudget selects its pods");
            }
        }
        return v;
    }

    static JsonNode hpaFor(Manifests m, String deployment) {
        return m.ofKind("HorizontalPodAutoscaler").stream()
                .filter(h -> h.path("apiVersion").asText().equals("autoscaling/v2"))
                .filter(h -> h.path("spec").path("scaleTargetRef").path("kind").asText().equals("Deployment")
                        && h.path("spec").path("scaleTargetRef").path("name").asText().equals(deployment))
                .findFirst().orElse(null);
    }

    static JsonNode pdbFor(Manifests m, JsonNode podLabels) {
        return m.ofKind("PodDisruptionBudget").stream()
                .filter(p -> !p.path("spec").path("selector").isEmpty() && selects(p.path("spec").path("selector"), podLabels))
                .findFirst().orElse(null);
    }

    private static JsonNode mapOf(JsonNode serviceSelector) {
        ObjectNode selector = Kustomize.YAML.createObjectNode();
        selector.set("matchLabels", serviceSelector);
        return selector;
    }

    /** Production: at least two pods per service, a disruption budget that keeps one, HA data stores. */
    static List<String> productionAvailability(Manifests m) {
        List<String> v = new ArrayList<>();
        for (ObjectNode d : m.ofKind("Deployment")) {
            String name = Manifests.name(d);
            if (d.path("spec").has("replicas") && d.path("spec").path("replicas").asInt() < 2) {
                v.add("Deployment " + name + ": replicas " + d.path("spec").path("replicas").asInt() + " < 2");
            }
            JsonNode hpa = hpaFor(m, name);
            if (hpa == null || hpa.path("spec").path("minReplicas").asInt(1) < 2) {
                v.add("Deployment " + name + ": HorizontalPodAutoscaler minReplicas must be >= 2");
            }
            JsonNode pdb = pdbFor(m, d.path("spec").path("template").path("metadata").path("labels"));
            if (pdb == null || !pdb.path("spec").path("minAvailable").isInt() || pdb.path("spec").path("minAvailable").asInt() < 1) {
                v.add("Deployment " + name + ": PodDisruptionBudget minAvailable must be an integer >= 1");
            }
        }
        for (ObjectNode c : m.ofKind("Cluster")) {
            if (c.path("spec").path("instances").asInt() < 3) {
                v.add("PostgreSQL Cluster " + Manifests.name(c) + ": instances must be 3");
            }
        }
        int brokers = 0;
        for (ObjectNode p : m.ofKind("KafkaNodePool")) {
            if (texts(p.path("spec").path("roles")).contains("broker")) {
                brokers += p.path("spec").path("replicas").asInt();
            }
        }
        if (brokers < 3) {
            v.add("Kafka: " + brokers + " broker(s), production needs 3");
        }
        for (ObjectNode t : m.ofKind("KafkaTopic")) {
            if (t.path("spec").path("replicas").asInt() < 3 || t.path("spec").path("config").path("min.insync.replicas").asInt() < 2) {
                v.add("KafkaTopic " + topicName(t) + ": production needs replicas 3 and min.insync.replicas 2");
            }
        }
        return v;
    }

    /** Strimzi in KRaft mode with node pools, every node both controller and broker. */
    static List<String> kafkaCluster(Manifests m) {
        List<String> v = new ArrayList<>();
        List<ObjectNode> kafkas = m.ofKind("Kafka");
        if (kafkas.size() != 1) {
            return List.of("expected one Kafka, found " + kafkas.size());
        }
        ObjectNode k = kafkas.get(0);
        JsonNode ann = k.path("metadata").path("annotations");
        if (!"enabled".equals(ann.path("strimzi.io/kraft").asText()) || !"enabled".equals(ann.path("strimzi.io/node-pools").asText())) {
            v.add("Kafka " + Manifests.name(k) + ": needs annotations strimzi.io/kraft and strimzi.io/node-pools = enabled");
        }
        if (!"simple".equals(k.path("spec").path("kafka").path("authorization").path("type").asText())) {
            v.add("Kafka: authorization.type must be simple (the KafkaUser ACLs are enforced only then)");
        }
        for (JsonNode l : k.path("spec").path("kafka").path("listeners")) {
            if (l.path("authentication").path("type").asText().isEmpty()) {
                v.add("Kafka listener " + l.path("name").asText() + " has no authentication: ACLs would see ANONYMOUS");
            }
        }
        if (m.ofKind("KafkaNodePool").stream().noneMatch(p -> texts(p.path("spec").path("roles")).containsAll(Set.of("controller", "broker"))
                && Manifests.name(k).equals(p.path("metadata").path("labels").path("strimzi.io/cluster").asText()))) {
            v.add("no KafkaNodePool with roles controller and broker for " + Manifests.name(k));
        }
        for (ObjectNode c : m.ofKind("Cluster")) {
            JsonNode initdb = c.path("spec").path("bootstrap").path("initdb");
            if (initdb.path("database").asText().isEmpty() || initdb.path("owner").asText().isEmpty()) {
                v.add("PostgreSQL Cluster " + Manifests.name(c) + ": bootstrap.initdb needs database and owner");
            }
        }
        return v;
    }

    // ---------------------------------------------------------------- Keycloak realm

    /** The placeholder a production realm uses for a client's secret, e.g. NPS_AGENCY_SYSTEM_CLIENT_SECRET. */
    static String secretPlaceholder(String clientId) {
        return clientId.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_CLIENT_SECRET";
    }

    /**
     * The realm import is the realm file (dev), or the realm file without users and with every
     * client secret read from a declared placeholder (prod).
     */
    static List<String> realm(Manifests m, JsonNode realmFile, boolean production) {
        List<String> v = new ArrayList<>();
        List<ObjectNode> imports = m.ofKind("KeycloakRealmImport");
        if (imports.size() != 1) {
            return List.of("expected one KeycloakRealmImport, found " + imports.size());
        }
        ObjectNode imp = imports.get(0);
        String keycloak = imp.path("spec").path("keycloakCRName").asText();
        if (m.find("Keycloak", keycloak).isEmpty()) {
            v.add("KeycloakRealmImport: keycloakCRName " + keycloak + " is no rendered Keycloak");
        }
        JsonNode realm = imp.path("spec").path("realm");
        ObjectNode expected = realmFile.deepCopy();
        if (production) {
            expected.remove("users");
            Set<String> placeholders = new TreeSet<>();
            for (JsonNode client : expected.path("clients")) {
                if (client.has("secret")) {
                    String placeholder = secretPlaceholder(client.path("clientId").asText());
                    ((ObjectNode) client).put("secret", "${" + placeholder + "}");
                    placeholders.add(placeholder);
                }
            }
            Set<String> declared = new TreeSet<>();
            imp.path("spec").path("placeholders").fieldNames().forEachRemaining(declared::add);
            if (!declared.equals(placeholders)) {
                v.add("KeycloakRealmImport: placeholders " + declared + " must be exactly the client secrets " + placeholders);
            }
            if (realm.has("users")) {
                v.add("KeycloakRealmImport: the production realm must have no users (demo users found)");
            }
            if (realm.toString().contains("demo-password")) {
                v.add("KeycloakRealmImport: the production realm contains a demo password");
            }
            v.addAll(productionRealm(realm));
            allowProductionHardening(expected, realm);
        }
        if (!production) {
            v.addAll(OfflineAccess.violations(realm));
        }
        if (!realm.equals(expected)) {
            v.add("KeycloakRealmImport: spec.realm differs from deploy/keycloak/haki-realm.json"
                    + (production ? " minus users, secrets as placeholders" : "") + firstDifference(expected, realm, "realm"));
        }
        return v;
    }

    /** Realm settings the prod overlay may set differently from the (demo) realm file. */
    static final List<String> HARDENED_REALM_KEYS = List.of("displayName", "passwordPolicy", "bruteForceProtected",
            "permanentLockout", "failureFactor", "waitIncrementSeconds", "maxFailureWaitSeconds", "maxDeltaTimeSeconds",
            "quickLoginCheckMilliSeconds", "minimumQuickLoginWaitSeconds", "otpPolicyType", "otpPolicyAlgorithm",
            "otpPolicyDigits", "otpPolicyPeriod", "requiredActions");
    /** Client settings the prod overlay may set differently. */
    static final List<String> HARDENED_CLIENT_KEYS = List.of("name", "description", "directAccessGrantsEnabled",
            "rootUrl", "redirectUris");
    static final String DEVICE_GRANT = "oauth2.device.authorization.grant.enabled";
    static final String POST_LOGOUT = "post.logout.redirect.uris";

    /**
     * Copies the hardened settings of the rendered realm into the expected one, so that the equality
     * check still catches every other drift; {@link #productionRealm} judges the hardened settings.
     */
    private static void allowProductionHardening(ObjectNode expected, JsonNode realm) {
        for (String key : HARDENED_REALM_KEYS) {
            if (realm.has(key)) {
                expected.set(key, realm.get(key));
            } else {
                expected.remove(key);
            }
        }
        for (JsonNode client : expected.path("clients")) {
            JsonNode rendered = client(realm, client.path("clientId").asText());
            if (rendered == null) {
                continue;
            }
            for (String key : HARDENED_CLIENT_KEYS) {
                if (rendered.has(key)) {
                    ((ObjectNode) client).set(key, rendered.get(key));
                } else {
                    ((ObjectNode) client).remove(key);
                }
            }
            for (String attribute : List.of(DEVICE_GRANT, POST_LOGOUT)) {
                if (rendered.path("attributes").has(attribute) && client.path("attributes").has(attribute)) {
                    ((ObjectNode) client.path("attributes")).set(attribute, rendered.path("attributes").get(attribute));
                }
            }
        }
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode c : realm.path("clients")) {
            if (clientId.equals(c.path("clientId").asText())) {
                return c;
            }
        }
        return null;
    }

    /**
     * A production realm (issue 15 item 4): no public client with the password grant (haki-cli uses
     * the device authorization grant), a password policy, OTP for every person, brute-force lockout
     * after a few failures, no offline tokens ({@link OfflineAccess}).
     */
    static List<String> productionRealm(JsonNode realm) {
        List<String> v = new ArrayList<>();
        for (JsonNode c : realm.path("clients")) {
            String id = c.path("clientId").asText();
            if (c.path("publicClient").asBoolean(false) && c.path("directAccessGrantsEnabled").asBoolean(true)) {
                v.add("realm: public client " + id + " allows the password grant (directAccessGrantsEnabled)");
            }
            if (c.path("implicitFlowEnabled").asBoolean(false)) {
                v.add("realm: client " + id + " allows the implicit flow");
            }
            List<String> uris = new ArrayList<>();
            c.path("redirectUris").forEach(u -> uris.add(u.asText()));
            if (c.has("rootUrl")) {
                uris.add(c.path("rootUrl").asText());
            }
            if (c.path("attributes").has(POST_LOGOUT)) {
                uris.addAll(List.of(c.path("attributes").path(POST_LOGOUT).asText().split("##")));
            }
            for (String uri : uris) {
                if (!uri.startsWith("https://") && !onKeycloaksOwnHost(uri)) {
                    v.add("realm: client " + id + " redirects to " + uri + " (production redirect URIs are https)");
                }
            }
        }
        v.addAll(OfflineAccess.violations(realm));
        JsonNode cli = client(realm, "haki-cli");
        if (cli == null || !"true".equals(cli.path("attributes").path(DEVICE_GRANT).asText())) {
            v.add("realm: haki-cli must use the device authorization grant (" + DEVICE_GRANT + " = true)");
        }
        String policy = realm.path("passwordPolicy").asText("");
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?:^| )length\\((\\d+)\\)").matcher(policy);
        if (!length.find() || Integer.parseInt(length.group(1)) < 12) {
            v.add("realm: passwordPolicy must require length(12) or more (is '" + policy + "')");
        }
        for (String rule : List.of("notUsername", "passwordHistory(")) {
            if (!policy.contains(rule)) {
                v.add("realm: passwordPolicy lacks " + rule);
            }
        }
        boolean otp = false;
        for (JsonNode a : realm.path("requiredActions")) {
            otp |= "CONFIGURE_TOTP".equals(a.path("providerId").asText()) && a.path("enabled").asBoolean(false)
                    && a.path("defaultAction").asBoolean(false);
        }
        if (!otp) {
            v.add("realm: CONFIGURE_TOTP must be an enabled default required action (OTP for every new account)");
        }
        boolean updatePassword = false;
        for (JsonNode a : realm.path("requiredActions")) {
            updatePassword |= "UPDATE_PASSWORD".equals(a.path("providerId").asText()) && a.path("enabled").asBoolean(false);
        }
        if (!updatePassword) {
            v.add("realm: UPDATE_PASSWORD must stay a required action (temporary passwords of new accounts)");
        }
        if (realm.has("browserFlow") || realm.has("directGrantFlow")) {
            v.add("realm: the built-in browser flow (with its conditional OTP) must stay the browser flow");
        }
        if (!realm.path("bruteForceProtected").asBoolean(false)) {
            v.add("realm: bruteForceProtected must be true");
        }
        int failures = realm.path("failureFactor").asInt(30);
        if (failures < 3 || failures > 10) {
            v.add("realm: failureFactor " + failures + " must be between 3 and 10");
        }
        if (realm.path("waitIncrementSeconds").asInt(0) < 60 || realm.path("maxFailureWaitSeconds").asInt(0) < 900) {
            v.add("realm: a lockout must last (waitIncrementSeconds >= 60, maxFailureWaitSeconds >= 900)");
        }
        if (!"external".equals(realm.path("sslRequired").asText()) && !"all".equals(realm.path("sslRequired").asText())) {
            v.add("realm: sslRequired must be external or all");
        }
        return v;
    }

    /**
     * A redirect of Keycloak's own clients (account console, admin console): relative to Keycloak's
     * https host ({@code /realms/...}, {@code ${authBaseUrl}}, {@code ${authAdminUrl}}) or the
     * client's redirect URIs ({@code +}).
     */
    private static boolean onKeycloaksOwnHost(String uri) {
        return uri.equals("+") || (uri.startsWith("/") && !uri.startsWith("//"))
                || uri.equals("${authBaseUrl}") || uri.equals("${authAdminUrl}");
    }

    static String firstDifference(JsonNode expected, JsonNode actual, String path) {
        if (expected.equals(actual)) {
            return "";
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> keys = new TreeSet<>();
            expected.fieldNames().forEachRemaining(keys::add);
            actual.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                String d = firstDifference(expected.path(k), actual.path(k), path + "." + k);
                if (!d.isEmpty()) {
                    return d;
                }
            }
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                String d = firstDifference(expected.get(i), actual.get(i), path + "[" + i + "]");
                if (!d.isEmpty()) {
                    return d;
                }
            }
        }
        String e = expected.toString();
        String a = actual.toString();
        return " (first difference at " + path + ": expected " + (e.length() > 120 ? e.substring(0, 120) + "..." : e)
                + ", rendered " + (a.length() > 120 ? a.substring(0, 120) + "..." : a) + ")";
    }

    static Set<String> texts(JsonNode array) {
        Set<String> s = new TreeSet<>();
        for (JsonNode n : array) {
            s.add(n.asText());
        }
        return s;
    }
}
