package ke.haki.police.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

import ke.haki.testsupport.HakiInfrastructure;

/**
 * A case's county is its station's (reference data), an officer acts only for the token's station
 * and a supervisor only for stations of the token's county: every combination of caller (officer,
 * supervisor) and target (own station, another station of the same county, another county, an
 * unknown station, a county that is not the station's), through the public API.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StationScopeTest {

    /** A case of NRB-KILIMANI (047), registered by its own officer. */
    private static String kilimaniCase;

    @Test
    @Order(1)
    @TestSecurity(user = "officer.nairobi", roles = "police-officer")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
    void anOfficerRegistersOnlyAtTheTokensStation() {
        kilimaniCase = register("NRB-KILIMANI", "047").then().statusCode(201).extract().path("caseId");
        given().get("/api/v1/cases/{id}", kilimaniCase).then().statusCode(200).body("countyCode", equalTo("047"));
        register("NRB-CENTRAL", "047").then().statusCode(403).body("type", equalTo("urn:haki:problem:outside-your-scope"));
        register("KSI-CENTRAL", "045").then().statusCode(403).body("type", equalTo("urn:haki:problem:outside-your-scope"));
        // the county the request claims must be the station's: a Kilimani case cannot become a Kisii case
        register("NRB-KILIMANI", "045").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:haki:problem:county-not-the-stations")).body("violations.field", hasItem("countyCode"));
        register("NRB-NOWHERE", "047").then().statusCode(422).body("type", equalTo("urn:haki:problem:unknown-station"))
                .body("violations.field", hasItem("stationCode"));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "officer.central", roles = "police-officer")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-CENTRAL"), @Claim(key = "county_code", value = "047") })
    void anOfficerOfAnotherStationOfTheSameCountyCannotSeeOrTouchTheCase() {
        given().get("/api/v1/cases/{id}", kilimaniCase).then().statusCode(404);
        given().get("/api/v1/cases/{id}/victim", kilimaniCase).then().statusCode(404);
        PoliceApi.post("/api/v1/cases/{id}/investigation-updates", Map.of("step", "SCENE_VISITED"), kilimaniCase).then().statusCode(404);
        assertThat(given().queryParam("size", 100).get("/api/v1/cases").then().statusCode(200).extract()
                .<List<String>>path("items.caseId")).doesNotContain(kilimaniCase);
        register("NRB-CENTRAL", "047").then().statusCode(201);
        register("NRB-KILIMANI", "047").then().statusCode(403);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "officer.kisii", roles = "police-officer")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "KSI-CENTRAL"), @Claim(key = "county_code", value = "045") })
    void anOfficerOfAnotherCountyCannotSeeOrTouchTheCase() {
        given().get("/api/v1/cases/{id}", kilimaniCase).then().statusCode(404);
        PoliceApi.post("/api/v1/cases/{id}/investigation-updates", Map.of("step", "SCENE_VISITED"), kilimaniCase).then().statusCode(404);
        register("NRB-KILIMANI", "047").then().statusCode(403);
        register("KSI-CENTRAL", "045").then().statusCode(201);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "supervisor.nairobi", roles = "police-supervisor")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
    void aSupervisorActsForEveryStationOfTheCountyAndNoOther() {
        given().get("/api/v1/cases/{id}", kilimaniCase).then().statusCode(200);
        PoliceApi.post("/api/v1/cases/{id}/investigation-updates", Map.of("step", "SCENE_VISITED"), kilimaniCase).then().statusCode(201);
        register("NRB-KILIMANI", "047").then().statusCode(201);
        register("NRB-CENTRAL", "047").then().statusCode(201);
        register("KSI-CENTRAL", "045").then().statusCode(403);
        // the old way round: another county's station claimed for the supervisor's own county
        register("KSI-CENTRAL", "047").then().statusCode(422).body("type", equalTo("urn:haki:problem:county-not-the-stations"));
        register("NRB-NOWHERE", "047").then().statusCode(422).body("type", equalTo("urn:haki:problem:unknown-station"));
        assertThat(given().queryParam("size", 100).get("/api/v1/cases").then().statusCode(200).extract()
                .<List<String>>path("items.countyCode")).containsOnly("047");
    }

    @Test
    @Order(5)
    @TestSecurity(user = "supervisor.kisii", roles = "police-supervisor")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "KSI-CENTRAL"), @Claim(key = "county_code", value = "045") })
    void aSupervisorOfAnotherCountyCannotSeeOrTouchTheCase() {
        given().get("/api/v1/cases/{id}", kilimaniCase).then().statusCode(404);
        given().get("/api/v1/cases/{id}/victim", kilimaniCase).then().statusCode(404);
        PoliceApi.post("/api/v1/cases/{id}/investigation-updates", Map.of("step", "SCENE_VISITED"), kilimaniCase).then().statusCode(404);
        register("NRB-KILIMANI", "047").then().statusCode(403);
        register("NRB-KILIMANI", "045").then().statusCode(422);
        register("KSI-CENTRAL", "045").then().statusCode(201);
        assertThat(given().queryParam("size", 100).get("/api/v1/cases").then().statusCode(200).extract()
                .<List<String>>path("items.caseId")).doesNotContain(kilimaniCase);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "officer.nairobi", roles = "police-officer")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
    void policeReadTheStationsButCannotChangeThem() {
        given().get("/api/v1/stations/{code}", "NRB-KILIMANI").then().statusCode(200)
                .body("countyCode", equalTo("047")).body("odppOfficeCode", equalTo("ODPP-NRB"));
        given().queryParam("county", "045").get("/api/v1/stations").then().statusCode(200)
                .body("items.code", hasItem("KSI-CENTRAL"));
        given().contentType(ContentType.JSON).body(station("Fake", "045", true)).put("/api/v1/stations/{code}", "NRB-KILIMANI")
                .then().statusCode(403);
    }

    @Test
    @Order(7)
    @TestSecurity(user = "admin.nps", roles = "nps-admin")
    @OidcSecurity(claims = { @Claim(key = "agency", value = "NPS") })
    void anNpsAdministratorKeepsTheStations() {
        given().contentType(ContentType.JSON).body(station("Kibera Police Station", "047", true))
                .put("/api/v1/stations/{code}", "NRB-KIBERA").then().statusCode(200).body("countyCode", equalTo("047"))
                .body("version", equalTo(0));
        given().contentType(ContentType.JSON).body(station("Kibera Police Station", "048", true))
                .put("/api/v1/stations/{code}", "NRB-KIBERA").then().statusCode(400).body("violations.field", hasItem("countyCode"));
        given().contentType(ContentType.JSON).body(station("Lower case", "047", true))
                .put("/api/v1/stations/{code}", "nrb-lower").then().statusCode(400);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(station("Kibera", "047", true))
                .put("/api/v1/stations/{code}", "NRB-KIBERA").then().statusCode(409);
        given().contentType(ContentType.JSON).body(station("Closed Station", "047", false))
                .put("/api/v1/stations/{code}", "NRB-CLOSED").then().statusCode(200).body("active", equalTo(false));
        // no case data for the administrator
        given().get("/api/v1/cases").then().statusCode(403);
        register("NRB-KIBERA", "047").then().statusCode(403);
    }

    @Test
    @Order(8)
    @TestSecurity(user = "supervisor.nairobi", roles = "police-supervisor")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
    void aNewStationTakesCasesAndAClosedOneRefusesThem() {
        register("NRB-KIBERA", "047").then().statusCode(201);
        register("NRB-CLOSED", "047").then().statusCode(422).body("type", equalTo("urn:haki:problem:station-closed"));
    }

    @Test
    @Order(9)
    void withoutATokenTheStationsAre401() {
        given().get("/api/v1/stations").then().statusCode(401);
        given().contentType(ContentType.JSON).body(station("X", "047", true)).put("/api/v1/stations/{code}", "NRB-X").then().statusCode(401);
    }

    private static io.restassured.response.Response register(String station, String county) {
        Map<String, Object> body = new HashMap<>(PoliceApi.newCase());
        body.put("stationCode", station);
        body.put("countyCode", county);
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/cases");
    }

    private static Map<String, Object> station(String name, String county, boolean active) {
        return Map.of("name", name, "countyCode", county, "odppOfficeCode", "ODPP-NRB", "active", active);
    }
}
