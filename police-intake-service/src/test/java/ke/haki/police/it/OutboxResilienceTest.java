package ke.haki.police.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.Topics;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.KafkaOutage;
import ke.haki.testsupport.TopicReader;

@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "officer.nairobi", roles = "police-officer")
@OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
class OutboxResilienceTest {

    @Test
    void writesSucceedWhileKafkaIsDownAndTheirEventsArriveOnceWhenItIsBack() {
        String caseId;
        KafkaOutage.begin();
        try {
            long start = System.nanoTime();
            caseId = PoliceApi.register();
            PoliceApi.recordVictim(caseId).then().statusCode(200);
            PoliceApi.addSuspect(caseId);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            try (TopicReader reader = new TopicReader(PoliceApi.bootstrapServers(), Topics.NPS_CASE_EVENTS)) {
                assertThat(reader.recordsFor(caseId, 1, Duration.ofSeconds(3))).isEmpty();
            } catch (RuntimeException brokerUnreachable) {
                // the reader itself cannot reach the broker either: nothing was read
            }
        } finally {
            KafkaOutage.end();
        }
        try (TopicReader reader = new TopicReader(PoliceApi.bootstrapServers(), Topics.NPS_CASE_EVENTS)) {
            List<ConsumerRecord<String, String>> records = reader.recordsFor(caseId, 3, Duration.ofSeconds(60));
            List<ConsumerRecord<String, String>> all = reader.drain().stream().filter(r -> caseId.equals(r.key())).toList();
            assertThat(records).hasSizeGreaterThanOrEqualTo(3);
            Set<String> ids = all.stream().map(r -> TopicReader.header(r, CloudEventHeaders.ID)).collect(Collectors.toSet());
            assertThat(all).as("each event exactly once").hasSize(3);
            assertThat(ids).hasSize(3);
            assertThat(all).extracting(r -> TopicReader.header(r, CloudEventHeaders.SEQUENCE))
                    .containsExactly(CloudEventHeaders.sequence(1), CloudEventHeaders.sequence(2), CloudEventHeaders.sequence(3));
        }
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyReturnsTheFirstResult() {
        Map<String, Object> body = PoliceApi.newCase();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", "station-req-" + body.get("obNumber"))
                .body(body).post("/api/v1/cases").then().statusCode(201).extract().path("caseId");
        String second = given().contentType(ContentType.JSON).header("Idempotency-Key", "station-req-" + body.get("obNumber"))
                .body(body).post("/api/v1/cases").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().path("caseId");
        assertThat(second).isEqualTo(first);

        Map<String, Object> changed = new java.util.HashMap<>(body);
        changed.put("offencePlace", "somewhere else");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "station-req-" + body.get("obNumber"))
                .body(changed).post("/api/v1/cases").then().statusCode(422)
                .body("type", org.hamcrest.Matchers.equalTo("urn:haki:problem:idempotency-key-reused"));

        try (TopicReader reader = new TopicReader(PoliceApi.bootstrapServers(), Topics.NPS_CASE_EVENTS)) {
            reader.recordsFor(first, 1, Duration.ofSeconds(30));
            long reported = reader.drain().stream()
                    .filter(r -> "ke.nps.case.reported.v1".equals(TopicReader.header(r, CloudEventHeaders.TYPE)))
                    .filter(r -> r.value().contains((String) body.get("obNumber") + "\""))
                    .count();
            assertThat(reported).as("one case, one report event").isEqualTo(1);
        }
        given().contentType(ContentType.JSON).body(body).post("/api/v1/cases").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.equalTo("urn:haki:problem:duplicate-ob-number"));
    }
}
