package ke.haki.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What only production must guarantee (dev runs one of everything on purpose). */
class ProdOverlayTest {

    @Test
    void atLeastTwoPodsPerServiceAndHighlyAvailableDataStores() {
        assertThat(Checker.productionAvailability(Kustomize.render("prod"))).isEmpty();
    }

    @Test
    void releasedImageTagsInProdAndDevTagsInDev() {
        for (Services.Service s : Services.ALL) {
            assertThat(Manifests.container(Kustomize.render("prod").get("Deployment", s.name())).path("image").asText())
                    .matches("ghcr\\.io/haki-ke/" + s.name() + ":\\d+\\.\\d+\\.\\d+");
            assertThat(Manifests.container(Kustomize.render("dev").get("Deployment", s.name())).path("image").asText())
                    .isEqualTo("ghcr.io/haki-ke/" + s.name() + ":dev");
        }
    }

    @Test
    void noDevelopmentKeyOrDemoSecretInProd() {
        Manifests prod = Kustomize.render("prod");
        assertThat(prod.ofKind("Secret")).as("production Secrets are created by the operations team, not rendered").isEmpty();
        String all = prod.docs().toString();
        for (String demo : new String[] {"ZGV2LW9ubHk", "ngec-dashboard-secret", "nps-agency-system-secret",
                "odpp-agency-system-secret", "demo-password"}) {
            assertThat(all.contains(demo)).as("the prod overlay contains the development value " + demo).isFalse();
        }
    }

    @Test
    void devStaysSmall() {
        Manifests dev = Kustomize.render("dev");
        assertThat(dev.ofKind("Cluster")).allSatisfy(c -> assertThat(c.path("spec").path("instances").asInt()).isEqualTo(1));
        assertThat(dev.get("KafkaNodePool", "dual-role").path("spec").path("replicas").asInt()).isEqualTo(1);
        assertThat(dev.ofKind("KafkaTopic")).allSatisfy(t -> assertThat(t.path("spec").path("replicas").asInt()).isEqualTo(1));
    }

    static Map<String, AppProperties> properties() {
        Map<String, AppProperties> p = new LinkedHashMap<>();
        Services.ALL.forEach(s -> p.put(s.name(), AppProperties.of(s.dir())));
        return p;
    }

    @Test
    void tlsBehindTheIngressInProd() {
        assertThat(Checker.tls(Kustomize.render("prod"), Services.ALL, properties())).isEmpty();
        assertThat(Checker.tls(Kustomize.render("dev"), Services.ALL, properties()))
                .as("dev runs Keycloak on plain HTTP on purpose").anyMatch(v -> v.contains("OIDC_AUTH_SERVER_URL"));
    }

    @Test
    void eachUndoneTlsSettingIsCaught() throws Exception {
        Manifests prod = Kustomize.render("prod");
        ((ObjectNode) prod.get("ConfigMap", "police-intake-service-config").path("data"))
                .put("OIDC_AUTH_SERVER_URL", "http://haki-keycloak-service:8080/realms/haki")
                .put("DB_JDBC_URL", "jdbc:postgresql://police-intake-db-rw:5432/police_intake?sslmode=require");
        ((ObjectNode) prod.get("Keycloak", "haki-keycloak").path("spec").path("http")).put("httpEnabled", true);
        assertThat(Checker.tls(prod, Services.ALL, properties()))
                .anyMatch(v -> v.contains("police-intake-service: OIDC_AUTH_SERVER_URL http://"))
                .anyMatch(v -> v.contains("sslmode=verify-full"))
                .anyMatch(v -> v.contains("httpEnabled must be false"));

        prod = Kustomize.render("prod");
        ((ObjectNode) prod.get("ConfigMap", "prosecution-service-config").path("data"))
                .put("DB_JDBC_URL", "jdbc:postgresql://prosecution-db-rw:5432/prosecution?sslmode=verify-full&sslrootcert=/tmp/ca.crt");
        assertThat(Checker.tls(prod, Services.ALL, properties()))
                .anyMatch(v -> v.contains("sslrootcert /tmp/ca.crt is not mounted from the Secret prosecution-db-ca"));

        prod = Kustomize.render("prod");
        ObjectNode keycloakDb = (ObjectNode) prod.get("Keycloak", "haki-keycloak").path("spec").path("db");
        keycloakDb.put("url", keycloakDb.path("url").asText().replace("verify-full", "require"));
        assertThat(Checker.tls(prod, Services.ALL, properties()))
                .anyMatch(v -> v.contains("Keycloak haki-keycloak: db.url") && v.contains("sslmode=verify-full"));
        prod = Kustomize.render("prod");
        ((ObjectNode) prod.get("Keycloak", "haki-keycloak").path("spec").path("unsupported").path("podTemplate")
                .path("spec").path("volumes").path(0).path("secret")).put("secretName", "monitoring-db-ca");
        assertThat(Checker.tls(prod, Services.ALL, properties()))
                .anyMatch(v -> v.contains("Keycloak haki-keycloak: sslrootcert /etc/haki/db-ca/ca.crt is not mounted from the Secret keycloak-db-ca"));

        String monitoring = Files.readString(Repo.resolve("monitoring-service/src/main/resources/application.properties"));
        Map<String, AppProperties> broken = properties();
        broken.put("monitoring-service", AppProperties.parse(monitoring
                .replace("%prod.quarkus.oidc.dashboard.authentication.cookie-force-secure=${DASHBOARD_HTTPS:true}", "")
                .replace("%prod.quarkus.http.proxy.trusted-proxies=${HTTP_TRUSTED_PROXIES:127.0.0.1}", "")
                .replace("%prod.quarkus.oidc.dashboard.authentication.force-redirect-https-scheme=${DASHBOARD_HTTPS:true}",
                        "%prod.quarkus.oidc.dashboard.authentication.force-redirect-https-scheme=false")));
        assertThat(Checker.tls(Kustomize.render("prod"), Services.ALL, broken))
                .as("the cookie and redirect settings stay checked").hasSizeGreaterThanOrEqualTo(3);
        prod = Kustomize.render("prod");
        ((ObjectNode) prod.get("ConfigMap", "monitoring-service-config").path("data")).put("DASHBOARD_HTTPS", "false");
        assertThat(Checker.tls(prod, Services.ALL, properties())).anyMatch(v -> v.contains("cookie-force-secure must be true"));
        assertThat(Checker.tls(Kustomize.render("prod"), Services.ALL, broken))
                .anyMatch(v -> v.contains("cookie-force-secure must be true"))
                .anyMatch(v -> v.contains("force-redirect-https-scheme must be true"))
                .anyMatch(v -> v.contains("trusted-proxies is not set"));
    }
}
