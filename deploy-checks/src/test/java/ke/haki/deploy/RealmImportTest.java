package ke.haki.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The KeycloakRealmImport is the realm file the local stack and the tests import. */
class RealmImportTest {

    static JsonNode realmFile() throws IOException {
        return new ObjectMapper().readTree(Repo.resolve(RealmImportGenerator.REALM_FILE.toString()).toFile());
    }

    @Test
    void committedRealmImportIsWhatTheGeneratorWrites() throws IOException {
        String committed = Files.readString(Repo.resolve(RealmImportGenerator.REALM_IMPORT.toString()));
        assertThat(committed)
                .as("deploy/kubernetes/base/keycloak/realm-import.yaml is stale: run "
                        + "java deploy-checks/src/main/java/ke/haki/deploy/RealmImportGenerator.java")
                .isEqualTo(RealmImportGenerator.render(Repo.root()));
    }

    @Test
    void devImportsTheRealmFileAsItIs() throws IOException {
        assertThat(Checker.realm(Kustomize.render("dev"), realmFile(), false)).isEmpty();
        assertThat(Kustomize.render("dev").get("KeycloakRealmImport", "haki-realm").path("spec").path("realm").path("users"))
                .as("dev keeps the demo users").isNotEmpty();
    }

    @Test
    void prodImportsTheRealmFileWithoutUsersAndWithSecretsFromPlaceholders() throws IOException {
        assertThat(Checker.realm(Kustomize.render("prod"), realmFile(), true)).isEmpty();
    }

    @Test
    void aRealmThatDriftsFromTheFileIsCaught() throws IOException {
        Manifests dev = Kustomize.render("dev");
        ((ObjectNode) dev.get("KeycloakRealmImport", "haki-realm").path("spec").path("realm")).put("accessTokenLifespan", 3600);
        assertThat(Checker.realm(dev, realmFile(), false)).singleElement().asString().contains("realm.accessTokenLifespan");

        Manifests prod = Kustomize.render("prod");
        ObjectNode realm = (ObjectNode) prod.get("KeycloakRealmImport", "haki-realm").path("spec").path("realm");
        realm.set("users", realmFile().path("users"));
        assertThat(Checker.realm(prod, realmFile(), true)).anyMatch(v -> v.contains("must have no users"));
    }

    @Test
    void theGeneratedYamlCarriesTheJsonVerbatim() throws IOException {
        JsonNode parsed = Kustomize.YAML.readTree(RealmImportGenerator.render(Repo.root()));
        assertThat(parsed.path("kind").asText()).isEqualTo("KeycloakRealmImport");
        assertThat(parsed.path("spec").path("realm")).isEqualTo(realmFile());
    }
}
