package ke.haki.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
