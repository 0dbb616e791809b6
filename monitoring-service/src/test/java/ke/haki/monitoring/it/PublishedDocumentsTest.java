package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import ke.haki.testsupport.HakiInfrastructure;

/**
 * The OpenAPI document committed under docs/ is the one the service serves (rerun with
 * -Dhaki.docs.write=true after an API change), with the statistics' examples.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PublishedDocumentsTest {

    private static final Path COMMITTED = Path.of("../docs/openapi/monitoring-service.yaml");

    @Test
    void theOpenApiDocumentIsServedAndCommitted() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        assertThat(served).contains("/api/v1/statistics/funnel").contains("/api/v1/statistics/trends")
                .contains("/api/v1/statistics/adjournments").contains("medianDaysFromPreviousStep");
        if (Boolean.getBoolean("haki.docs.write")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served);
        }
        assertThat(Files.readString(COMMITTED)).as("docs/openapi is stale: rerun with -Dhaki.docs.write=true")
                .isEqualTo(served);
    }
}
