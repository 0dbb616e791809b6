package ke.haki.prosecution.it;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.function.Predicate;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Calls the prosecution API as an ODPP office's system would. */
final class ProsecutionApi {

    private ProsecutionApi() {}

    /** Polls the file until it exists and {@code ready} holds: NPS events arrive through the real broker. */
    static JsonPath awaitFile(String caseId, Predicate<JsonPath> ready) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Response last = null;
        while (System.nanoTime() < deadline) {
            last = given().get("/api/v1/files/{id}", caseId);
            if (last.statusCode() == 200 && ready.test(last.jsonPath())) {
                return last.jsonPath();
            }
            sleep(100);
        }
        throw new AssertionError("file of case " + caseId + " not ready in 30 s; last answer "
                + (last == null ? "none" : last.statusCode() + " " + last.asString()));
    }

    static JsonPath awaitFile(String caseId) {
        return awaitFile(caseId, f -> true);
    }

    static String etag(String caseId) {
        return given().get("/api/v1/files/{id}", caseId).then().statusCode(200).extract().header("ETag");
    }

    static Response post(String path, Object body, String caseId) {
        return given().contentType(ContentType.JSON).header("If-Match", etag(caseId)).body(body).post(path, caseId);
    }

    static Response put(String path, Object body, String caseId) {
        return given().contentType(ContentType.JSON).header("If-Match", etag(caseId)).body(body).put(path, caseId);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
