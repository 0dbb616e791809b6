package ke.haki.police.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

import ke.haki.kit.idempotency.IdempotentRequests;
import ke.haki.testsupport.HakiInfrastructure;

/** Idempotency records keep no body (a suspect's name stays out of them) and expire. */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "officer.nairobi", roles = "police-officer")
@OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
class IdempotencyRecordTest {

    @Inject
    EntityManager em;

    @Inject
    IdempotentRequests idempotency;

    private static final Map<String, Object> SUSPECT = Map.of(
            "fullName", PoliceApi.SUSPECT_NAME, "ageYears", 34, "relationshipToVictim", "FAMILY_ACQUAINTANCE");

    @Test
    void aReplayedSuspectAnswersTheSameSuspectButTheRecordHoldsNoNameAndExpiresIn24Hours() {
        String caseId = PoliceApi.register();
        String key = "suspect-" + UUID.randomUUID();
        String first = postSuspect(caseId, key).then().statusCode(201).header("Idempotent-Replayed", nullValue())
                .extract().path("suspectRef");
        postSuspect(caseId, key).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("suspectRef", equalTo(first)).body("fullName", equalTo(PoliceApi.SUSPECT_NAME));
        given().get("/api/v1/cases/{id}/suspects", caseId).then().statusCode(200).body("size()", equalTo(1));

        String row = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select r::text from idempotency_record r where idempotency_key = ?1").setParameter(1, key).getSingleResult());
        assertThat(row).contains("/api/v1/cases/" + caseId + "/suspects/" + first)
                .doesNotContain("Otieno").doesNotContain("Fictional-Suspect").doesNotContain("FAMILY_ACQUAINTANCE");
        @SuppressWarnings("unchecked")
        List<Object> columns = QuarkusTransaction.requiringNew().call(() -> (List<Object>) em.createNativeQuery(
                "select column_name from information_schema.columns where table_name = 'idempotency_record'").getResultList());
        assertThat(columns).isNotEmpty().doesNotContain("response_json", "request_json", "request_body", "response_body");

        Object[] times = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select created_at, expires_at from idempotency_record where idempotency_key = ?1").setParameter(1, key)
                .getSingleResult());
        assertThat(Duration.between(instant(times[0]), instant(times[1]))).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aKeyUsedAgainAfterItsRecordExpiredIsANewRequest() {
        Map<String, Object> body = PoliceApi.newCase();
        String key = "case-" + UUID.randomUUID();
        String first = postCase(key, body).then().statusCode(201).extract().path("caseId");
        assertThat((String) postCase(key, body).then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().path("caseId")).isEqualTo(first);

        expire(key);
        // the same OB number again is now a new registration, refused as a duplicate: the old answer is not replayed
        postCase(key, body).then().statusCode(409).header("Idempotent-Replayed", nullValue());
        Map<String, Object> other = PoliceApi.newCase();
        postCase(key, other).then().statusCode(201).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void expiredRecordsArePurged() {
        String key = "case-" + UUID.randomUUID();
        String kept = "case-" + UUID.randomUUID();
        postCase(key, PoliceApi.newCase()).then().statusCode(201);
        postCase(kept, PoliceApi.newCase()).then().statusCode(201);
        expire(key);

        assertThat(idempotency.purgeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(count(key)).isZero();
        assertThat(count(kept)).isOne();
    }

    private void expire(String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update idempotency_record set expires_at = now() - interval '1 minute' where idempotency_key = ?1")
                .setParameter(1, key).executeUpdate());
    }

    private long count(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from idempotency_record where idempotency_key = ?1").setParameter(1, key)
                .getSingleResult()).longValue());
    }

    private static io.restassured.response.Response postSuspect(String caseId, String key) {
        return given().contentType(ContentType.JSON).header(IdempotentRequests.HEADER, key).body(SUSPECT)
                .post("/api/v1/cases/{id}/suspects", caseId);
    }

    private static io.restassured.response.Response postCase(String key, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header(IdempotentRequests.HEADER, key).body(body)
                .post("/api/v1/cases");
    }

    private static java.time.Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return (java.time.Instant) value;
    }
}
