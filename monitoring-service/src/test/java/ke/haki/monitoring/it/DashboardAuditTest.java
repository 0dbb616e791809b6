package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

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

import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.law.Offence;
import ke.haki.testsupport.HakiInfrastructure;

/** The dashboard's pages and actions leave audit rows like the API's, keyed on their case or alert. */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardAuditTest {

    /** A case of Siaya (041), fed in the first test. */
    private static String siayaCase;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Test
    @Order(1)
    @TestSecurity(user = "monitor.audited", roles = { "ngec-monitor", "ngec-national-monitor" })
    @OidcSecurity(claims = @Claim(key = "preferred_username", value = "monitor.audited"))
    void aCasePageAndAnAlertActionAreAudited() {
        try (Feed feed = new Feed("041", "SYA-CENTRAL")) {
            Instant now = clock.instant();
            feed.report(now, Offence.DEFILEMENT);
            feed.nps(now, new CaseClosedByPolice(CaseClosedByPolice.PoliceClosureReason.DUPLICATE_REPORT));
            String alertId = given().get("/api/v1/cases/{id}/alerts", feed.caseId).then().statusCode(200)
                    .extract().path("find { it.type == 'CLOSED_WITHOUT_COURT_OUTCOME' }.alertId");
            given().get("/dashboard/cases/{id}", feed.caseId).then().statusCode(200);
            given().redirects().follow(false).header("Origin", "http://localhost:" + io.restassured.RestAssured.port)
                    .formParam("version", "0").post("/dashboard/alerts/{id}/acknowledge", alertId).then().statusCode(303);
            siayaCase = feed.caseId;
            List<String> rows = QuarkusTransaction.requiringNew().call(() -> rows("monitor.audited"));
            assertThat(rows).contains("GET /dashboard/cases/" + feed.caseId + " " + feed.caseId + " ALLOWED 200",
                    "POST /dashboard/alerts/" + alertId + "/acknowledge " + alertId + " ALLOWED 303");
        }
    }

    @Test
    @Order(2)
    @TestSecurity(user = "monitor.kisii", roles = "ngec-monitor")
    @OidcSecurity(claims = { @Claim(key = "county_code", value = "045"), @Claim(key = "preferred_username", value = "monitor.kisii.audited") })
    void anotherCountysCasePageIsDenied() {
        given().get("/dashboard/cases/{id}", siayaCase).then().statusCode(404);
        List<String> rows = QuarkusTransaction.requiringNew().call(() -> rows("monitor.kisii.audited"));
        assertThat(rows).contains("GET /dashboard/cases/" + siayaCase + " " + siayaCase + " DENIED 404");
    }

    @SuppressWarnings("unchecked")
    private List<String> rows(String account) {
        List<Object[]> result = em.createNativeQuery("select method, path, case_id, outcome, http_status from audit_event "
                + "where account = ?1 order by id").setParameter(1, account).getResultList();
        return result.stream().map(r -> r[0] + " " + r[1] + " " + r[2] + " " + r[3] + " " + r[4]).toList();
    }
}
