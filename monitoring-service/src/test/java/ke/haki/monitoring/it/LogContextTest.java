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

/**
 * A request on a case logs with that case id (the kit's CaseLogFilter), and only such a request;
 * every request logs with its trace id (OpenTelemetry's MDC entry).
 */
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

    /** The caller's W3C trace (an agency system's, or the ingress's) is the trace id of the request's log lines. */
    @Test
    void theTraceIdOfTheRequestIsInItsLogContext() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        given().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .get("/test/log-context/trace").then().statusCode(200).body(equalTo(traceId));
        String another = UUID.randomUUID().toString().replace("-", "");
        given().header("traceparent", "00-" + another + "-00f067aa0ba902b7-01")
                .get("/test/log-context/trace").then().statusCode(200).body(equalTo(another));
    }
}
