package ke.haki.police.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;

import ke.haki.testsupport.HakiInfrastructure;

/** Every API call leaves an audit row (allowed or denied), auditors can read and export it, and nobody can change it. */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTrailTest {

    private static String caseId;

    @Inject
    EntityManager em;

    @Test
    @Order(1)
    @TestSecurity(user = "officer.nairobi", roles = "police-officer")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047"),
            @Claim(key = "agency", value = "NPS"), @Claim(key = "preferred_username", value = "officer.nairobi") })
    void anOfficerReadsACase() {
        caseId = PoliceApi.register();
        given().get("/api/v1/cases/{id}/victim", caseId).then().statusCode(404);
        given().get("/api/v1/cases/{id}", caseId).then().statusCode(200);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "prosecutor.nairobi", roles = "prosecutor")
    void aProsecutorIsDeniedThePoliceFile() {
        given().get("/api/v1/cases/{id}", caseId).then().statusCode(403);
    }

    @Test
    @Order(3)
    void anAnonymousCallIsDenied() {
        given().get("/api/v1/cases/{id}", caseId).then().statusCode(401);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "=HYPERLINK(\"http://evil.invalid\")", roles = "prosecutor")
    void anAccountNamedLikeAFormulaIsDenied() {
        given().get("/api/v1/cases/{id}", caseId).then().statusCode(403);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "auditor.ngec", roles = "auditor")
    void theAuditorSeesEveryCallOnTheCaseAllowedOrDenied() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<Map<String, Object>> rows = given().queryParam("caseId", caseId).get("/api/v1/audit")
                    .then().statusCode(200).extract().path("items");
            assertThat(rows).extracting(r -> r.get("account") + " " + r.get("method") + " " + r.get("outcome") + " "
                    + r.get("httpStatus")).contains(
                            "officer.nairobi GET ALLOWED 200",
                            "officer.nairobi GET REJECTED 404",
                            "prosecutor.nairobi GET DENIED 403",
                            "anonymous GET DENIED 401",
                            "=HYPERLINK(\"http://evil.invalid\") GET DENIED 403");
            assertThat(rows).filteredOn(r -> "officer.nairobi".equals(r.get("account")))
                    .allSatisfy(r -> assertThat(r.get("agency")).isEqualTo("NPS"));
        });
        given().queryParam("caseId", caseId).queryParam("format", "csv").get("/api/v1/audit").then().statusCode(200)
                .contentType("text/csv").body(containsString("id,occurredAt,account")).body(containsString("prosecutor.nairobi"))
                .body(containsString("\"'=HYPERLINK(\"\"http://evil.invalid\"\")\""))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(",=HYPERLINK")));
        given().queryParam("account", "anonymous").get("/api/v1/audit").then().statusCode(200)
                .body("items.outcome", hasItem("DENIED"));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "officer.nairobi", roles = "police-officer")
    void onlyAuditorsReadTheTrail() {
        given().get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    @Order(6)
    void theTrailIsAppendOnlyInTheDatabaseEvenForItsOwner() {
        // the owner (who runs the migrations) is stopped by the trigger
        assertThatThrownBy(() -> asOwner("update audit_event set account = 'someone-else'"))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> asOwner("delete from audit_event"))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> asOwner("truncate audit_event"))
                .hasStackTraceContaining("append-only");
    }

    @Test
    @Order(6)
    void theServicesRoleMayOnlyInsertAndReadTheTrail() {
        // what the service connects as: no UPDATE, DELETE or TRUNCATE, and not the owner, so it cannot drop the trigger
        for (String sql : List.of("update audit_event set account = 'someone-else'", "delete from audit_event",
                "truncate audit_event", "drop trigger audit_event_no_update on audit_event",
                "drop trigger audit_event_no_truncate on audit_event", "alter table audit_event disable trigger all",
                "drop table audit_event")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate()))
                    .as(sql).satisfies(e -> assertThat(stackTrace(e)).containsAnyOf("permission denied", "must be owner"));
        }
        Number rows = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "select count(*) from audit_event").getSingleResult());
        assertThat(rows.longValue()).isPositive();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into audit_event (occurred_at, account, method, path, outcome, http_status)
                values (now(), 'role-check', 'GET', '/api/v1/role-check', 'ALLOWED', 200)""").executeUpdate());
        String user = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("select current_user")
                .getSingleResult());
        assertThat(user).isEqualTo(ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class))
                .isNotEqualTo(ConfigProvider.getConfig().getValue("quarkus.flyway.username", String.class));
    }

    @Test
    @Order(7)
    @TestSecurity(user = "officer.nairobi", roles = "police-officer")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047"),
            @Claim(key = "agency", value = "NPS"), @Claim(key = "preferred_username", value = "officer.cunning") })
    void everySpellingOfTheVictimPathLeavesARowWithTheCase() throws Exception {
        PoliceApi.recordVictim(caseId).then().statusCode(200);
        for (String path : List.of("/api/v1/%63ases/" + caseId + "/victim", "/api/v1/./cases/" + caseId + "/victim",
                "/api//v1/cases/" + caseId + "/victim")) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + RestAssured.port + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isIn(200, 400, 404);
        }
        List<Map<String, Object>> rows = QuarkusTransaction.requiringNew().call(() -> rowsOf("officer.cunning"));
        assertThat(rows).filteredOn(r -> "GET".equals(r.get("method"))).hasSize(3).allSatisfy(r -> {
            assertThat(r.get("case_id")).isEqualTo(caseId);
            assertThat(r.get("path")).isEqualTo("/api/v1/cases/" + caseId + "/victim");
        });
    }

    @Test
    @Order(8)
    @TestSecurity(user = "officer.kisii", roles = "police-officer")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "KSI-CENTRAL"), @Claim(key = "county_code", value = "045"),
            @Claim(key = "agency", value = "NPS"), @Claim(key = "preferred_username", value = "officer.kisii") })
    void anOfficerOfAnotherCountyIsDeniedNotRejected() {
        given().get("/api/v1/cases/{id}/victim", caseId).then().statusCode(404);
        given().contentType("application/json").body(Map.of("step", "SCENE_VISITED"))
                .post("/api/v1/cases/{id}/investigation-updates", caseId).then().statusCode(404);
        List<Map<String, Object>> rows = QuarkusTransaction.requiringNew().call(() -> rowsOf("officer.kisii"));
        assertThat(rows).extracting(r -> r.get("method") + " " + r.get("outcome") + " " + r.get("http_status") + " " + r.get("case_id"))
                .contains("GET DENIED 404 " + caseId, "POST DENIED 404 " + caseId);
    }

    @Test
    @Order(9)
    @TestSecurity(user = "officer.nairobi", roles = "police-officer")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047"),
            @Claim(key = "preferred_username", value = "officer.writer") })
    void aChangeIsCommittedWithItsRowAndARefusedChangeLeavesOnlyTheRow() {
        PoliceApi.post("/api/v1/cases/{id}/investigation-updates", Map.of("step", "SCENE_VISITED"), caseId).then().statusCode(201);
        PoliceApi.post("/api/v1/cases/{id}/closure", Map.of("reason", "MEDIATION"), caseId).then().statusCode(422);
        List<Map<String, Object>> rows = QuarkusTransaction.requiringNew().call(() -> rowsOf("officer.writer"));
        assertThat(rows).extracting(r -> r.get("path") + " " + r.get("outcome") + " " + r.get("http_status")).contains(
                "/api/v1/cases/" + caseId + "/investigation-updates ALLOWED 201",
                "/api/v1/cases/" + caseId + "/closure REJECTED 422");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rowsOf(String account) {
        List<Object[]> result = em.createNativeQuery("select method, path, case_id, outcome, http_status from audit_event "
                + "where account = ?1 order by id").setParameter(1, account).getResultList();
        return result.stream().map(r -> Map.<String, Object>of("method", r[0], "path", r[1], "case_id", String.valueOf(r[2]),
                "outcome", r[3], "http_status", r[4])).toList();
    }

    private static void asOwner(String sql) throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class), config.getValue("quarkus.flyway.password", String.class));
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String stackTrace(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t).append('\n');
        }
        return sb.toString();
    }
}
