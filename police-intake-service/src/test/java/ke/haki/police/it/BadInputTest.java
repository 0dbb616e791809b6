package ke.haki.police.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

import ke.haki.testsupport.HakiInfrastructure;

@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "officer.nairobi", roles = "police-officer")
@OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
class BadInputTest {

    private int casesBefore;

    @BeforeEach
    void count() {
        casesBefore = total();
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(total()).as("no case was written").isEqualTo(casesBefore);
    }

    @ParameterizedTest
    @CsvSource({
            "obNumber,OB 56-10-4-2026",
            "obNumber,OB 56/31/2/2026",
            "obNumber,56/10/4/2026",
            "countyCode,048",
            "countyCode,47",
            "stationCode,nrb kilimani",
            "offence,RAPE",
            "offenceDate,2026-02-30",
            "offenceDate,2999-01-01",
            "reportedAt,yesterday" })
    void aBadFieldIsNamedInAProblemAndNothingIsWritten(String field, String value) {
        Map<String, Object> body = new HashMap<>(PoliceApi.newCase());
        body.put(field, value);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString(field))
                .body("violations.field", hasItem(field))
                .body("$", not(org.hamcrest.Matchers.hasKey("stackTrace")));
    }

    /** A value typed into the wrong field may be a child's or a suspect's name: the answer names the field only. */
    @ParameterizedTest
    @CsvSource({
            "obNumber,OB Wanjiru Achieng",
            "countyCode,Wanjiru Achieng",
            "stationCode,Wanjiru Achieng",
            "offence,Wanjiru Achieng",
            "offenceDate,Wanjiru Achieng",
            "reportedAt,Wanjiru Achieng" })
    void aRejectedValueIsNeverEchoed(String field, String value) {
        Map<String, Object> body = new HashMap<>(PoliceApi.newCase());
        body.put(field, value);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field))
                .body(not(containsString("Wanjiru")));
    }

    @Test
    void aMalformedBodyIsNotEchoed() {
        given().contentType(ContentType.JSON).body("{\"obNumber\": Wanjiru Achieng}").post("/api/v1/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:haki:problem:malformed-request"))
                .body(not(containsString("Wanjiru")));
    }

    @ParameterizedTest
    @CsvSource({ "obNumber", "stationCode", "countyCode", "offence", "offenceDate", "offencePlace", "reportedAt" })
    void aMissingFieldIsNamed(String field) {
        Map<String, Object> body = new HashMap<>(PoliceApi.newCase());
        body.remove(field);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    @Test
    void malformedJsonIsAProblem() {
        given().contentType(ContentType.JSON).body("{\"obNumber\": \"OB 1/1/1/2026\", ").post("/api/v1/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:haki:problem:malformed-request"));
    }

    @Test
    void anEmptyBodyIsAProblem() {
        given().contentType(ContentType.JSON).post("/api/v1/cases")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anOversizeBodyIsRefused() {
        Map<String, Object> body = new HashMap<>(PoliceApi.newCase());
        body.put("offencePlace", "x".repeat(70_000));
        given().contentType(ContentType.JSON).body(body).post("/api/v1/cases").then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("urn:haki:problem:payload-too-large"));
    }

    @Test
    void theWrongMediaTypeIsAProblem() {
        given().contentType(ContentType.TEXT).body("hello").post("/api/v1/cases")
                .then().statusCode(415).contentType("application/problem+json");
    }

    private static int total() {
        return given().get("/api/v1/cases").then().statusCode(200).extract().path("totalItems");
    }
}
