package ke.haki.police.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.KafkaOutage;

/**
 * A Kafka outage must not make the service unready (writes still work, thanks to the outbox); the
 * degraded group says what is wrong instead, and clears when the broker is back.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "officer.nairobi", roles = "police-officer")
@OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
class ReadinessWithoutBrokerTest {

    @Test
    void readinessStaysUpWhileTheBrokerIsCutAndTheDegradedCheckReportsTheOutage() {
        given().get("/q/health/ready").then().statusCode(200);
        KafkaOutage.begin();
        try {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/q/health/group/degraded").then()
                    .statusCode(503)
                    .body("checks.find { it.name == 'kafka-broker' }.status", equalTo("DOWN")));
            PoliceApi.register();
            long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();
            int probes = 0;
            while (System.nanoTime() < until) {
                given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
                probes++;
                sleep(250);
            }
            assertThat(probes).isGreaterThan(10);
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            KafkaOutage.end();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/group/degraded").then()
                .statusCode(200)
                .body("checks.find { it.name == 'kafka-broker' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'outbox' }.data.pending", equalTo(0)));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
