package ke.haki.police.it;

import static io.restassured.RestAssured.given;
import static ke.haki.police.it.PoliceApi.post;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

import ke.haki.testsupport.HakiInfrastructure;

/**
 * A page of cases counts each case's own suspects and medical forms (counted for the whole page
 * in one query, CaseRepository.counts), and reading one case counts the same.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "officer.nairobi", roles = "police-officer")
@OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
class CaseListingTest {

    @Test
    void eachListedCaseCountsItsOwnSuspectsAndMedicalForms() {
        Instant reportedAt = Instant.parse("2026-04-10T08:00:00Z").plusMillis(ThreadLocalRandom.current().nextInt(1, 36_000_000));
        String busy = register(reportedAt);
        String quiet = register(reportedAt);
        PoliceApi.addSuspect(busy);
        PoliceApi.addSuspect(busy);
        post("/api/v1/cases/{id}/medical-evidence",
                Map.of("form", "P3", "examinedOn", "2026-04-10", "facility", "Kilimani Police Surgeon"), busy)
                .then().statusCode(201).body("suspects", equalTo(2)).body("medicalEvidence", equalTo(1));

        given().queryParam("reportedFrom", reportedAt.toString()).queryParam("reportedTo", reportedAt.plusMillis(1).toString())
                .get("/api/v1/cases").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.caseId", containsInAnyOrder(busy, quiet))
                .body("items.find { it.caseId == '" + busy + "' }.suspects", equalTo(2))
                .body("items.find { it.caseId == '" + busy + "' }.medicalEvidence", equalTo(1))
                .body("items.find { it.caseId == '" + quiet + "' }.suspects", equalTo(0))
                .body("items.find { it.caseId == '" + quiet + "' }.medicalEvidence", equalTo(0));
        given().get("/api/v1/cases/{id}", busy).then().statusCode(200)
                .body("suspects", equalTo(2)).body("medicalEvidence", equalTo(1));
    }

    private static String register(Instant reportedAt) {
        Map<String, Object> body = new HashMap<>(PoliceApi.newCase());
        body.put("reportedAt", reportedAt.toString());
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/cases").then().statusCode(201)
                .extract().path("caseId");
    }
}
