package ke.haki.prosecution.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

import ke.haki.testsupport.HakiInfrastructure;

/** Only prosecutors use the prosecution API: a police officer of the same county is refused. */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RoleTest {

    @Test
    @TestSecurity(user = "officer.nairobi", roles = "police-officer")
    @OidcSecurity(claims = { @Claim(key = "county_code", value = "047"), @Claim(key = "station_code", value = "NRB-KILIMANI") })
    void aPoliceOfficerIsForbidden() {
        given().get("/api/v1/files").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:haki:problem:forbidden"));
        given().contentType(ContentType.JSON).post("/api/v1/files/{id}/withdrawal", "any-case").then().statusCode(403);
    }
}
