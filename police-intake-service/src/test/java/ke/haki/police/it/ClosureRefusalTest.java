package ke.haki.police.it;

import static io.restassured.RestAssured.given;
import static ke.haki.police.it.PoliceApi.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.EventCodec;
import ke.haki.contract.Topics;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.TopicReader;

@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "officer.nairobi", roles = "police-officer")
@OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
class ClosureRefusalTest {

    @ParameterizedTest
    @CsvSource({
            "WITHDRAWAL,SOA_NO_WITHDRAWAL,Criminal Procedure Code s.87(a)",
            "COMPLAINANT_WITHDRAWAL,SOA_NO_COMPLAINANT_WITHDRAWAL,Criminal Procedure Code s.204",
            "MEDIATION,SOA_NO_MEDIATION,Interior Ministry directive",
            "RECONCILIATION,SOA_NO_RECONCILIATION,Criminal Procedure Code s.176",
            "INFORMAL_SETTLEMENT,SOA_NO_INFORMAL_SETTLEMENT,Interior Ministry directive",
            "MASLAHA,SOA_NO_MASLAHA,Interior Ministry directive" })
    void aProhibitedClosureIsRefusedChangesNothingAndIsPublished(String reason, String rule, String statute) {
        String caseId = PoliceApi.referredCase();
        Map<String, Object> before = given().get("/api/v1/cases/{id}", caseId).then().statusCode(200).extract().as(Map.class);

        post("/api/v1/cases/{id}/closure", Map.of("reason", reason, "note", "families agreed"), caseId)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:haki:problem:prohibited-closure"))
                .body("rule", equalTo(rule))
                .body("statute", org.hamcrest.Matchers.containsString(statute))
                .body("recordedAsComplianceEvent", equalTo(true));

        Map<String, Object> after = given().get("/api/v1/cases/{id}", caseId).then().statusCode(200).extract().as(Map.class);
        assertThat(after).isEqualTo(before);

        try (TopicReader reader = new TopicReader(PoliceApi.bootstrapServers(), Topics.NPS_CASE_EVENTS)) {
            List<ConsumerRecord<String, String>> records = reader.recordsFor(caseId, 5, Duration.ofSeconds(30));
            ConsumerRecord<String, String> last = records.get(records.size() - 1);
            assertThat(TopicReader.header(last, CloudEventHeaders.TYPE)).isEqualTo("ke.nps.closure-attempt.refused.v1");
            ClosureAttemptRefused refused = EventCodec.fromJson(last.value()).payloadAs(ClosureAttemptRefused.class);
            assertThat(refused.ruleId()).isEqualTo(rule);
            assertThat(refused.attemptedAction().name()).isEqualTo(reason);
            assertThat(refused.attemptedBy()).isEqualTo("officer.nairobi");
            assertThat(EventCodec.fromJson(last.value()).sequence()).isEqualTo(5);
        }
    }

    @Test
    void aLawfulClosureIsRecordedAndPublishedAndCannotBeRepeated() {
        String caseId = PoliceApi.referredCase();
        post("/api/v1/cases/{id}/closure", Map.of("reason", "SUSPECT_DECEASED"), caseId)
                .then().statusCode(200).body("status", equalTo("CLOSED_BY_POLICE"))
                .body("closureReason", equalTo("SUSPECT_DECEASED"));
        try (TopicReader reader = new TopicReader(PoliceApi.bootstrapServers(), Topics.NPS_CASE_EVENTS)) {
            List<ConsumerRecord<String, String>> records = reader.recordsFor(caseId, 5, Duration.ofSeconds(30));
            assertThat(TopicReader.header(records.get(4), CloudEventHeaders.TYPE)).isEqualTo("ke.nps.case.closed.v1");
        }
        post("/api/v1/cases/{id}/closure", Map.of("reason", "DUPLICATE_REPORT"), caseId)
                .then().statusCode(422).body("type", equalTo("urn:haki:problem:not-closable"));
    }
}
