package ke.haki.police.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

import ke.haki.police.repository.CaseRepository;
import ke.haki.police.repository.PoliceCaseEntity;
import ke.haki.testsupport.EndpointMatrix;
import ke.haki.testsupport.EndpointMatrix.Call;
import ke.haki.testsupport.HakiInfrastructure;

/**
 * Every endpoint of the police API against every role (docs/security.md has the matrix): other
 * agencies' roles get 403, no token 401, and police outside the case's station or county 404.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RoleMatrixTest {

    static final String CASE = "00000000-0000-4000-8000-00000000a047";

    @Inject
    CaseRepository cases;

    static final List<Call> CASE_CALLS = List.of(
            new Call("GET", "/api/v1/cases/{id}", null),
            new Call("GET", "/api/v1/cases/{id}/timeline", null),
            new Call("GET", "/api/v1/cases/{id}/victim", null),
            new Call("PUT", "/api/v1/cases/{id}/victim", Map.of("fullName", "Matrix Child", "declaredAge", 12, "sex", "FEMALE",
                    "hasDisability", false)),
            new Call("GET", "/api/v1/cases/{id}/suspects", null),
            new Call("POST", "/api/v1/cases/{id}/suspects", Map.of("fullName", "Matrix Suspect", "relationshipToVictim", "NEIGHBOUR")),
            new Call("POST", "/api/v1/cases/{id}/suspects/S1/arrest", Map.of("arrestedAt", "2026-04-10T09:00:00Z")),
            new Call("POST", "/api/v1/cases/{id}/suspects/S1/arraignment", Map.of("arraignedAt", "2026-04-11T08:00:00Z",
                    "courtStation", "Kibera")),
            new Call("POST", "/api/v1/cases/{id}/suspects/S1/release", Map.of("releasedAt", "2026-04-10T10:00:00Z",
                    "terms", "POLICE_BOND")),
            new Call("POST", "/api/v1/cases/{id}/medical-evidence", Map.of("form", "P3", "examinedOn", "2026-04-10",
                    "facility", "GVRC")),
            new Call("POST", "/api/v1/cases/{id}/investigation-updates", Map.of("step", "SCENE_VISITED")),
            new Call("POST", "/api/v1/cases/{id}/referral", Map.of("odppOfficeCode", "ODPP-NRB")),
            new Call("POST", "/api/v1/cases/{id}/resubmission", Map.of("directionsAnswered", 1)),
            new Call("POST", "/api/v1/cases/{id}/closure", Map.of("reason", "DUPLICATE_REPORT")));

    static final List<Call> COLLECTION_CALLS = List.of(
            new Call("GET", "/api/v1/cases", null),
            new Call("POST", "/api/v1/cases", PoliceApi.newCase()));

    @BeforeEach
    void aCaseOfNairobiKilimani() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (cases.findByIdOptional(CASE).isEmpty()) {
                PoliceCaseEntity c = PoliceApi.kilimaniCase(CASE, "OB 9999/1/4/2026");
                cases.persist(c);
            }
        });
    }

    @Test
    void withoutATokenEveryCallIs401() {
        expectAll(all(), 401);
    }

    @Test
    @TestSecurity(user = "prosecutor.nairobi", roles = "prosecutor")
    @OidcSecurity(claims = { @Claim(key = "county_code", value = "047"), @Claim(key = "office_code", value = "ODPP-NRB") })
    void aProsecutorIsRefusedEverything() {
        expectAll(all(), 403);
    }

    @Test
    @TestSecurity(user = "monitor.ngec", roles = { "ngec-monitor", "ngec-national-monitor" })
    void anNgecMonitorIsRefusedEverything() {
        expectAll(all(), 403);
    }

    @Test
    @TestSecurity(user = "admin.ngec", roles = "ngec-admin")
    void anNgecAdministratorIsRefusedEverything() {
        expectAll(all(), 403);
    }

    @Test
    @TestSecurity(user = "auditor.ngec", roles = "auditor")
    void anAuditorIsRefusedTheCases() {
        expectAll(all(), 403);
    }

    @Test
    @TestSecurity(user = "officer.kisii", roles = "police-officer")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "KSI-CENTRAL"), @Claim(key = "county_code", value = "045") })
    void anOfficerOfAnotherStationCannotSeeOrTouchTheCase() {
        expectAll(CASE_CALLS, 404);
        given().get("/api/v1/cases").then().statusCode(200);
        assertThat(given().get("/api/v1/cases").then().extract().<List<String>>path("items.caseId")).doesNotContain(CASE);
        given().contentType(ContentType.JSON).body(PoliceApi.newCase()).post("/api/v1/cases").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "supervisor.kisii", roles = "police-supervisor")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "KSI-CENTRAL"), @Claim(key = "county_code", value = "045") })
    void aSupervisorOfAnotherCountyCannotSeeOrTouchTheCase() {
        expectAll(CASE_CALLS, 404);
    }

    @Test
    @TestSecurity(user = "supervisor.nairobi", roles = "police-supervisor")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
    void aSupervisorOfTheCountySeesTheCase() {
        given().get("/api/v1/cases/{id}", CASE).then().statusCode(200);
        assertThat(given().queryParam("size", 100).get("/api/v1/cases").then().statusCode(200).extract()
                .<List<String>>path("items.countyCode")).containsOnly("047");
    }

    private static List<Call> all() {
        return EndpointMatrix.concat(CASE_CALLS, COLLECTION_CALLS);
    }

    private static void expectAll(List<Call> calls, int status) {
        assertThat(EndpointMatrix.mismatches(calls, CASE, status)).as("calls that did not answer " + status).isEmpty();
    }
}
