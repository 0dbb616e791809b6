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

    /**
     * Two retries of one registration at the same moment: one creates the case, the other waits on
     * the key and answers with that case. The created case, its key record and the audit rows of
     * both calls are committed by the requests' own transactions (no nested transaction of its own
     * whose commit could outlive a lost audit row).
     */
    @Test
    void twoConcurrentRetriesWithTheSameKeyCreateOneCaseAndBothAreAudited() throws Exception {
        Map<String, Object> body = PoliceApi.newCase();
        String key = "case-" + UUID.randomUUID();
        long auditedBefore = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select coalesce(max(id), 0) from audit_event").getSingleResult()).longValue());
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<io.restassured.response.Response>> calls = List.of(
                    pool.submit(() -> { start.await(); return postCase(key, body); }),
                    pool.submit(() -> { start.await(); return postCase(key, body); }));
            start.countDown();
            io.restassured.response.Response a = calls.get(0).get(60, java.util.concurrent.TimeUnit.SECONDS);
            io.restassured.response.Response b = calls.get(1).get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(List.of(a.statusCode(), b.statusCode())).containsExactly(201, 201);
            assertThat((String) b.path("caseId")).isEqualTo(a.path("caseId"));
            assertThat(java.util.stream.Stream.of(a, b).filter(r -> "true".equals(r.header("Idempotent-Replayed"))))
                    .as("exactly one of the two is a replay").hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from police_case where ob_number = ?1").setParameter(1, body.get("obNumber"))
                .getSingleResult()).longValue())).isOne();
        assertThat(count(key)).isOne();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from audit_event where method = 'POST' and path = '/api/v1/cases'
                and outcome = 'ALLOWED' and id > ?1""").setParameter(1, auditedBefore)
                .getSingleResult()).longValue())).as("audit rows of the two calls").isEqualTo(2);
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
