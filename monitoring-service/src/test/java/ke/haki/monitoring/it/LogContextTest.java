package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ke.haki.testsupport.HakiInfrastructure;

/** A request on a case logs with that case id (the kit's CaseLogFilter), and only such a request. */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "monitor.national", roles = "ngec-monitor")
class LogContextTest {

    @Test
    void theCaseIdPathParameterIsInTheLogContextOfItsRequestOnly() {
        String caseId = UUID.randomUUID().toString();
        given().get("/test/log-context/cases/{id}", caseId).then().statusCode(200).body(equalTo(caseId));
        for (int i = 0; i < 5; i++) {
            given().get("/test/log-context/other/{id}", UUID.randomUUID()).then().statusCode(200).body(equalTo("null"));
        }
    }
}
