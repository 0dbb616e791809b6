package ke.haki.e2e;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the realm's Keycloak, cached per account (a grant costs ~200 ms). */
final class Tokens {

    static final String PASSWORD = "demo-password";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {}

    /** A demo user's token (password grant through the public client haki-cli). */
    static String user(String username) {
        return CACHE.computeIfAbsent("user:" + username, u -> given().formParam("grant_type", "password")
                .formParam("client_id", "haki-cli").formParam("username", username).formParam("password", PASSWORD)
                .post(Stack.get().keycloak.tokenUrl()).then().statusCode(200).extract().path("access_token"));
    }

    /** An agency system's token (client credentials). */
    static String client(String clientId, String secret) {
        return CACHE.computeIfAbsent("client:" + clientId, c -> given().auth().preemptive().basic(clientId, secret)
                .formParam("grant_type", "client_credentials")
                .post(Stack.get().keycloak.tokenUrl()).then().statusCode(200).extract().path("access_token"));
    }
}
