package ke.haki.testsupport;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Sends every endpoint of an API with valid requests, so that only the caller's rights decide the
 * answer, and lists the calls that did not answer the expected status: the role-matrix tests.
 */
public final class EndpointMatrix {

    private EndpointMatrix() {}

    /** One call of the API; {@code {id}} in the path is replaced by the id given to {@link #mismatches}. */
    public record Call(String method, String path, Object body) {

        public static Call get(String path) {
            return new Call("GET", path, null);
        }

        public static Call post(String path, Object body) {
            return new Call("POST", path, body);
        }

        public static Call put(String path, Object body) {
            return new Call("PUT", path, body);
        }

        int send(String id) {
            RequestSpecification request = given().contentType(ContentType.JSON);
            if (body != null) {
                request = request.body(body);
            }
            return request.request(method, path.replace("{id}", id)).statusCode();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The calls (as "METHOD path -> status") that did not answer {@code status}. */
    public static List<String> mismatches(List<Call> calls, String id, int status) {
        List<String> wrong = new ArrayList<>();
        for (Call call : calls) {
            int actual = call.send(id);
            if (actual != status) {
                wrong.add(call + " -> " + actual);
            }
        }
        return wrong;
    }

    public static List<Call> concat(List<Call> a, List<Call> b) {
        List<Call> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
