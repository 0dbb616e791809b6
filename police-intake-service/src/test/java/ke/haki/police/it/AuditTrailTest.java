package ke.haki.police.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

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
    void theTrailIsAppendOnlyInTheDatabase() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update audit_event set account = 'someone-else'").executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("delete from audit_event").executeUpdate()))
                .hasStackTraceContaining("append-only");
    }
}
