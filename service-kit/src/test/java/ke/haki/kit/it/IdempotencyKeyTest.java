package ke.haki.kit.it;

import static io.restassured.RestAssured.given;
import static ke.haki.kit.it.KitApp.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import ke.haki.kit.idempotency.IdempotentRequests;
import ke.haki.testsupport.HakiInfrastructure;

/**
 * The Idempotency-Key contract: a retry with the same key and body answers with what the first
 * request created (the action ran once); the same key with another body is refused; keys are
 * scoped by account; an expired key is a new request, and expired records are purged.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "officer.kit", roles = "police-officer")
class IdempotencyKeyTest {

    @Inject
    IdempotentRequests requests;

    @Test
    void aRetryWithTheSameKeyAndBodyReplaysTheFirstAnswer() {
        String key = "kit-" + UUID.randomUUID();
        ExtractableResponse<Response> first = post(key, "first note", 201);
        ExtractableResponse<Response> second = post(key, "first note", 201);
        String caseId = first.path("caseId");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat((String) second.path("caseId")).isEqualTo(caseId);
        assertThat(second.header("Location")).isEqualTo(first.header("Location")).endsWith("/api/v1/cases/" + caseId);
        assertThat(count("select count(*) from outbox_event where case_id = ?", caseId)).as("the action ran once").isEqualTo(1);
        assertThat(count("select count(*) from idempotency_record where scope = ? and idempotency_key = ?"
                + " and location = ? and response_status = 201", "officer.kit", key, "/api/v1/cases/" + caseId)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndCreatesNothing() {
        String key = "kit-" + UUID.randomUUID();
        post(key, "the body", 201);
        String other = "another body " + key;
        given().contentType(ContentType.JSON).header(IdempotentRequests.HEADER, key).body(Map.of("text", other))
                .post("/api/v1/cases").then().statusCode(422)
                .body("type", equalTo("urn:haki:problem:idempotency-key-reused"));
        assertThat(count("select count(*) from kit_test_note where text = ?", other)).isZero();
    }

    @Test
    @TestSecurity(user = "officer.other", roles = "police-officer")
    void theSameKeyFromAnotherAccountCreatesItsOwnCase() {
        String key = "kit-shared-" + UUID.randomUUID();
        try (Connection c = KitApp.db().getConnection()) {
            // officer.kit used the key already (for another body: were keys not scoped, this would be refused)
            KitApp.update(c, "insert into idempotency_record (scope, idempotency_key, request_hash, response_status,"
                    + " location, created_at, expires_at) values ('officer.kit', ?, 'x', 201, '/api/v1/cases/KIT-elsewhere',"
                    + " now(), now() + interval '1 hour')", key);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        ExtractableResponse<Response> created = post(key, "same body", 201);
        assertThat(created.header("Idempotent-Replayed")).isNull();
        assertThat((String) created.path("caseId")).isNotEqualTo("KIT-elsewhere");
    }

    @Test
    void anExpiredKeyIsANewRequestAndExpiredRecordsArePurged() throws Exception {
        String key = "kit-" + UUID.randomUUID();
        String first = post(key, "expiring", 201).path("caseId");
        expire(key);
        ExtractableResponse<Response> again = post(key, "expiring", 201);
        assertThat(again.header("Idempotent-Replayed")).isNull();
        assertThat((String) again.path("caseId")).isNotEqualTo(first);

        expire(key);
        assertThat(requests.purgeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from idempotency_record where idempotency_key = ?", key)).isZero();
    }

    @Test
    void aKeyLongerThan200CharactersIsInvalid() {
        given().contentType(ContentType.JSON).header(IdempotentRequests.HEADER, "k".repeat(201))
                .body(Map.of("text", "too long a key")).post("/api/v1/cases").then().statusCode(400)
                .body("type", equalTo("urn:haki:problem:validation-failed"));
        assertThat(count("select count(*) from kit_test_note where text = 'too long a key'")).isZero();
    }

    private static void expire(String key) throws Exception {
        try (Connection c = KitApp.db().getConnection()) {
            assertThat(KitApp.update(c, "update idempotency_record set expires_at = now() - interval '1 second'"
                    + " where idempotency_key = ?", key)).isEqualTo(1);
        }
    }

    private static ExtractableResponse<Response> post(String key, String text, int status) {
        return given().contentType(ContentType.JSON).header(IdempotentRequests.HEADER, key).body(Map.of("text", text))
                .post("/api/v1/cases").then().statusCode(status).extract();
    }
}
