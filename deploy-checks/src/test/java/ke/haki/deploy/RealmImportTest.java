package ke.haki.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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

    static ObjectNode prodRealm() {
        return (ObjectNode) Kustomize.render("prod").get("KeycloakRealmImport", "haki-realm").path("spec").path("realm");
    }

    static ObjectNode client(ObjectNode realm, String clientId) {
        for (JsonNode c : realm.path("clients")) {
            if (clientId.equals(c.path("clientId").asText())) {
                return (ObjectNode) c;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    @Test
    void theProductionRealmIsHardenedForPeople() {
        ObjectNode realm = prodRealm();
        assertThat(Checker.productionRealm(realm)).isEmpty();
        assertThat(client(realm, "haki-cli").path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(client(realm, "haki-cli").path("attributes").path(Checker.DEVICE_GRANT).asText()).isEqualTo("true");
        assertThat(realm.path("failureFactor").asInt()).isEqualTo(5);
    }

    @Test
    void theDevelopmentRealmKeepsThePasswordGrantOfTheDemoAndIsNotAProductionRealm() throws IOException {
        JsonNode dev = Kustomize.render("dev").get("KeycloakRealmImport", "haki-realm").path("spec").path("realm");
        assertThat(client((ObjectNode) dev, "haki-cli").path("directAccessGrantsEnabled").asBoolean())
                .as("the demo, the local stack and the end-to-end tests use the password grant").isTrue();
        assertThat(Checker.productionRealm(dev)).isNotEmpty();
    }

    @Test
    void eachUndoneHardeningIsCaught() {
        ObjectNode realm = prodRealm();
        client(realm, "haki-cli").put("directAccessGrantsEnabled", true);
        assertThat(Checker.productionRealm(realm)).anyMatch(v -> v.contains("haki-cli allows the password grant"));

        realm = prodRealm();
        ((ObjectNode) client(realm, "haki-cli").path("attributes")).put(Checker.DEVICE_GRANT, "false");
        assertThat(Checker.productionRealm(realm)).anyMatch(v -> v.contains("device authorization grant"));

        realm = prodRealm();
        realm.put("passwordPolicy", "length(8) and notUsername and passwordHistory(5)");
        assertThat(Checker.productionRealm(realm)).anyMatch(v -> v.contains("length(12)"));
        realm.remove("passwordPolicy");
        assertThat(Checker.productionRealm(realm)).anyMatch(v -> v.contains("passwordPolicy"));

        realm = prodRealm();
        for (JsonNode a : realm.path("requiredActions")) {
            if ("CONFIGURE_TOTP".equals(a.path("providerId").asText())) {
                ((ObjectNode) a).put("defaultAction", false);
            }
        }
        assertThat(Checker.productionRealm(realm)).anyMatch(v -> v.contains("CONFIGURE_TOTP"));

        realm = prodRealm();
        realm.put("failureFactor", 30);
        assertThat(Checker.productionRealm(realm)).anyMatch(v -> v.contains("failureFactor 30"));
        realm.put("bruteForceProtected", false);
        assertThat(Checker.productionRealm(realm)).anyMatch(v -> v.contains("bruteForceProtected"));

        realm = prodRealm();
        ((ArrayNode) client(realm, "ngec-dashboard").path("optionalClientScopes")).add("offline_access");
        assertThat(Checker.productionRealm(realm)).anyMatch(v -> v.contains("ngec-dashboard must list its defaultClientScopes"));
        realm = prodRealm();
        client(realm, "haki-cli").remove("defaultClientScopes");
        assertThat(Checker.productionRealm(realm)).anyMatch(v -> v.contains("haki-cli must list its defaultClientScopes"));

        realm = prodRealm();
        client(realm, "ngec-dashboard").putArray("redirectUris").add("http://dashboard.haki.example/dashboard/*");
        assertThat(Checker.productionRealm(realm)).anyMatch(v -> v.contains("production redirect URIs are https"));
    }

    /** The import itself grants no offline token, in every overlay (issue 15 item 4). */
    @Test
    void noImportedRealmGrantsOfflineTokens() throws IOException {
        assertThat(OfflineAccess.violations(realmFile())).isEmpty();
        assertThat(OfflineAccess.violations(prodRealm())).isEmpty();
        JsonNode defaults = realmFile().path("roles").path("realm");
        for (JsonNode role : defaults) {
            if ("default-roles-haki".equals(role.path("name").asText())) {
                assertThat(Checker.texts(role.path("composites").path("realm"))).doesNotContain("offline_access");
            }
        }
        for (JsonNode c : prodRealm().path("clients")) {
            assertThat(Checker.texts(c.path("optionalClientScopes"))).as(c.path("clientId").asText()).doesNotContain("offline_access");
        }
    }

    @Test
    void eachWayBackToOfflineTokensIsCaught() {
        ObjectNode realm = prodRealm();
        ArrayNode roles = (ArrayNode) realm.path("roles").path("realm");
        for (int i = 0; i < roles.size(); i++) {
            if ("offline_access".equals(roles.get(i).path("name").asText())) {
                roles.remove(i);
                break;
            }
        }
        assertThat(Checker.productionRealm(realm)).anyMatch(v -> v.contains("declare the realm role offline_access"));

        realm = prodRealm();
        realm.remove("clientScopes");
        assertThat(Checker.productionRealm(realm)).anyMatch(v -> v.contains("declare clientScopes"));

        realm = prodRealm();
        ((ArrayNode) realm.path("defaultOptionalClientScopes")).add("offline_access");
        assertThat(Checker.productionRealm(realm)).anyMatch(v -> v.contains("defaultOptionalClientScopes"));

        realm = prodRealm();
        for (JsonNode role : realm.path("roles").path("realm")) {
            if ("default-roles-haki".equals(role.path("name").asText())) {
                ((ObjectNode) role.path("composites")).putArray("realm").add("offline_access");
            }
        }
        assertThat(Checker.productionRealm(realm)).anyMatch(v -> v.contains("role default-roles-haki includes offline_access"));

        realm = prodRealm();
        ((ArrayNode) client(realm, "account-console").path("optionalClientScopes")).add("offline_access");
        assertThat(Checker.productionRealm(realm)).anyMatch(v -> v.contains("account-console must list"));

        realm = prodRealm();
        realm.putArray("scopeMappings").addObject().put("clientScope", "offline_access").putArray("roles").add("offline_access");
        assertThat(Checker.productionRealm(realm)).anyMatch(v -> v.contains("scope mapping gives offline_access"));
    }

    @Test
    void aProductionSettingOutsideTheHardeningStillCountsAsDrift() throws IOException {
        Manifests prod = Kustomize.render("prod");
        ObjectNode realm = (ObjectNode) prod.get("KeycloakRealmImport", "haki-realm").path("spec").path("realm");
        client(realm, "haki-cli").put("standardFlowEnabled", true);
        assertThat(Checker.realm(prod, realmFile(), true)).anyMatch(v -> v.contains("differs from deploy/keycloak/haki-realm.json"));
    }
}
