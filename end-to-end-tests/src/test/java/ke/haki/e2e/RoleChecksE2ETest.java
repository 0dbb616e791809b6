package ke.haki.e2e;

import static io.restassured.RestAssured.given;
import static ke.haki.e2e.Agencies.as;
import static ke.haki.e2e.Agencies.ngec;
import static ke.haki.e2e.Agencies.odpp;
import static ke.haki.e2e.Agencies.police;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real Keycloak tokens against the three packaged services: each role does its job and nothing else. */
class RoleChecksE2ETest {

    @BeforeAll
    static void stack() {
        Stack.get();
    }

    @Test
    void noTokenGets401Everywhere() {
        given().get(police() + "/api/v1/cases").then().statusCode(401);
        given().get(odpp() + "/api/v1/files").then().statusCode(401);
        given().get(ngec() + "/api/v1/alerts").then().statusCode(401);
        given().header("Authorization", "Bearer not-a-token").get(police() + "/api/v1/cases").then().statusCode(401);
    }

    @Test
    void aPoliceOfficerCannotActForOdppOrTheNgec() {
        as("officer.nairobi").get(police() + "/api/v1/cases").then().statusCode(200);
        as("officer.nairobi").get(odpp() + "/api/v1/files").then().statusCode(403);
        as("officer.nairobi").get(ngec() + "/api/v1/alerts").then().statusCode(403);
    }

    @Test
    void aProsecutorCannotReadThePoliceFile() {
        as("prosecutor.nairobi").get(odpp() + "/api/v1/files").then().statusCode(200);
        as("prosecutor.nairobi").get(police() + "/api/v1/cases").then().statusCode(403);
    }

    @Test
    void aMonitorSeesEverythingPseudonymisedAndChangesNothing() {
        String caseId = Agencies.referredNairobiCase();
        as("monitor.ngec").get(ngec() + "/api/v1/alerts").then().statusCode(200);
        as("monitor.ngec").get(police() + "/api/v1/cases/{id}/victim", caseId).then().statusCode(403);
        as("monitor.ngec").body(Map.of("reason", "SUSPECT_DECEASED")).post(police() + "/api/v1/cases/{id}/closure", caseId)
                .then().statusCode(403);
        as("monitor.ngec").body(Map.of("evidentialTestMet", true, "publicInterestTestMet", true))
                .post(odpp() + "/api/v1/files/{id}/charge", caseId).then().statusCode(403);
    }

    /** Real-token counterpart of monitoring's RoleMatrixTest: national scope and the rebuild need their own roles. */
    @Test
    void theNationalScopeAndTheRebuildNeedTheirOwnRoles() {
        as("monitor.ngec").get(ngec() + "/api/v1/statistics/counties").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(47));
        as("monitor.kisii").get(ngec() + "/api/v1/statistics/counties").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.contains("045"));
        as("monitor.ngec").post(ngec() + "/api/v1/admin/projection/rebuild").then().statusCode(403);
        as("monitor.kisii").post(ngec() + "/api/v1/admin/projection/rebuild").then().statusCode(403);
        as("monitor.ngec").post(ngec() + "/api/v1/admin/projection/rebuilds").then().statusCode(403);
        as("monitor.kisii").post(ngec() + "/api/v1/admin/projection/rebuilds").then().statusCode(403);
        as("admin.ngec").get(ngec() + "/api/v1/alerts").then().statusCode(403);
    }

    @Test
    void anAgencySystemWithClientCredentialsIsScopedLikeItsStation() {
        String token = Tokens.client("nps-agency-system", "nps-agency-system-secret");
        given().auth().oauth2(token).get(police() + "/api/v1/cases").then().statusCode(200);
        given().auth().oauth2(token).get(odpp() + "/api/v1/files").then().statusCode(403);
    }

    @Test
    void anOfficerOfAnotherCountyCannotSeeTheCase() {
        String caseId = Agencies.referredNairobiCase();
        as("officer.kisii").get(police() + "/api/v1/cases/{id}", caseId).then().statusCode(404);
        Agencies.awaitOdppFile(caseId);
        as("prosecutor.kisii").get(odpp() + "/api/v1/files/{id}", caseId).then().statusCode(404);
    }
}
