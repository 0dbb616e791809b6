package ke.haki.deploy;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * No offline tokens (issue 15 item 4), judged on the realm as it is imported. Keycloak's import
 * adds the {@code offline_access} role to {@code default-roles-<realm>} and creates an
 * {@code offline_access} client scope, optional for every client, unless the realm declares both
 * that role and its client scopes itself (RealmManager.importRealm). So the realm must declare its
 * client scopes (with an {@code offline_access} scope assigned to no client and mapped to no role)
 * and the {@code offline_access} role (held by no one, in no composite), every client must list
 * its scopes without {@code offline_access}, and the realm's default scopes must not name it. A
 * request for {@code scope=offline_access} is then refused ({@code invalid_scope}), shown on a real
 * Keycloak by end-to-end-tests' {@code OfflineTokensE2ETest}.
 */
final class OfflineAccess {

    static final String OFFLINE = "offline_access";

    private OfflineAccess() {}

    static List<String> violations(JsonNode realm) {
        List<String> v = new ArrayList<>();
        if (!names(realm.path("roles").path("realm")).contains(OFFLINE)) {
            v.add("realm: declare the realm role offline_access (held by no one), else the import adds it to default-roles");
        }
        if (!names(realm.path("clientScopes")).contains(OFFLINE)) {
            v.add("realm: declare clientScopes, offline_access among them (assigned to no client), else the import creates"
                    + " Keycloak's defaults and adds offline_access to default-roles and to every client's optional scopes");
        }
        for (String key : List.of("defaultDefaultClientScopes", "defaultOptionalClientScopes")) {
            if (!realm.has(key) || Checker.texts(realm.path(key)).contains(OFFLINE)) {
                v.add("realm: " + key + " must be declared, without offline_access");
            }
        }
        for (JsonNode c : realm.path("clients")) {
            if (!c.has("optionalClientScopes") || !c.has("defaultClientScopes")
                    || Checker.texts(c.path("optionalClientScopes")).contains(OFFLINE)
                    || Checker.texts(c.path("defaultClientScopes")).contains(OFFLINE)) {
                v.add("realm: client " + c.path("clientId").asText() + " must list its defaultClientScopes and optionalClientScopes,"
                        + " without offline_access (else it gets the realm's defaults, offline_access among them)");
            }
        }
        for (JsonNode role : realm.path("roles").path("realm")) {
            if (Checker.texts(role.path("composites").path("realm")).contains(OFFLINE)) {
                v.add("realm: role " + role.path("name").asText() + " includes offline_access");
            }
        }
        for (JsonNode mapping : realm.path("scopeMappings")) {
            if (Checker.texts(mapping.path("roles")).contains(OFFLINE)) {
                v.add("realm: a scope mapping gives offline_access");
            }
        }
        for (JsonNode user : realm.path("users")) {
            if (Checker.texts(user.path("realmRoles")).contains(OFFLINE)) {
                v.add("realm: user " + user.path("username").asText() + " holds offline_access");
            }
        }
        return v;
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.path("name").asText()));
        return names;
    }
}
