package ke.haki.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The imported realm grants no offline token (issue 15 item 4; docs/security.md "The production
 * realm"), on the real Keycloak of the end-to-end stack: asked for {@code scope=offline_access}, a
 * person (through the CLI client, and through Keycloak's own public admin-cli of the realm) and an
 * agency system get no offline token, and an ordinary token carries no {@code offline_access} role.
 * The realm file itself is checked by deploy-checks' {@code OfflineAccess}.
 */
class OfflineTokensE2ETest {

    @BeforeAll
    static void stack() {
        Stack.get();
    }

    @Test
    void aPersonAskingForAnOfflineTokenGetsNone() {
        for (String client : List.of("haki-cli", "admin-cli")) {
            Response answer = given().formParam("grant_type", "password").formParam("client_id", client)
                    .formParam("username", "officer.nairobi").formParam("password", Tokens.PASSWORD)
                    .formParam("scope", "openid offline_access").post(Stack.get().keycloak.tokenUrl());
            assertNoOfflineToken(client, answer);
        }
    }

    @Test
    void anAgencySystemAskingForAnOfflineTokenGetsNone() {
        Response answer = given().auth().preemptive().basic("nps-agency-system", "nps-agency-system-secret")
                .formParam("grant_type", "client_credentials").formParam("scope", "offline_access")
                .post(Stack.get().keycloak.tokenUrl());
        assertNoOfflineToken("nps-agency-system", answer);
    }

    @Test
    void anOrdinaryTokenCarriesNoOfflineAccessRole() {
        JsonPath claims = claims(Tokens.user("supervisor.nairobi"));
        assertThat(claims.getList("realm_access.roles", String.class)).contains("police-supervisor")
                .doesNotContain("offline_access");
        assertThat(claims.getString("scope")).doesNotContain("offline_access");
    }

    /** Refused ({@code invalid_scope}), or answered without the scope and with no refresh token of type Offline. */
    private static void assertNoOfflineToken(String client, Response answer) {
        if (answer.statusCode() != 200) {
            assertThat(answer.statusCode()).as(client).isEqualTo(400);
            assertThat(answer.jsonPath().getString("error")).as(client).isEqualTo("invalid_scope");
            return;
        }
        assertThat(answer.jsonPath().getString("scope")).as(client).doesNotContain("offline_access");
        String refresh = answer.jsonPath().getString("refresh_token");
        if (refresh != null) {
            assertThat(claims(refresh).getString("typ")).as(client + "'s refresh token").isNotEqualTo("Offline");
        }
    }

    private static JsonPath claims(String jwt) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
