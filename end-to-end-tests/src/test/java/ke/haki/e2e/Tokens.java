package ke.haki.e2e;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.restassured.path.json.JsonPath;

/**
 * Real access tokens from the realm's Keycloak, cached per account (a grant costs ~200 ms) until a
 * minute before they expire (the realm's access tokens live 5 minutes; the suite runs longer).
 */
final class Tokens {

    static final String PASSWORD = "demo-password";
    private static final Duration MARGIN = Duration.ofMinutes(1);
    private static final Map<String, Token> CACHE = new ConcurrentHashMap<>();

    private record Token(String value, Instant renewAfter) {}

    private Tokens() {}

    /** A demo user's token (password grant through the public client haki-cli). */
    static String user(String username) {
        return cached("user:" + username, () -> given().formParam("grant_type", "password")
                .formParam("client_id", "haki-cli").formParam("username", username).formParam("password", PASSWORD)
                .post(Stack.get().keycloak.tokenUrl()).then().statusCode(200).extract().jsonPath());
    }

    /** An agency system's token (client credentials). */
    static String client(String clientId, String secret) {
        return cached("client:" + clientId, () -> given().auth().preemptive().basic(clientId, secret)
                .formParam("grant_type", "client_credentials")
                .post(Stack.get().keycloak.tokenUrl()).then().statusCode(200).extract().jsonPath());
    }

    private static String cached(String account, Supplier<JsonPath> grant) {
        return CACHE.compute(account, (a, held) -> {
            if (held != null && Instant.now().isBefore(held.renewAfter())) {
                return held;
            }
            JsonPath answer = grant.get();
            Instant expires = Instant.now().plusSeconds(answer.getLong("expires_in"));
            return new Token(answer.getString("access_token"), expires.minus(MARGIN));
        }).value();
    }
}
