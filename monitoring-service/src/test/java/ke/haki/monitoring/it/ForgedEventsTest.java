package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ke.haki.contract.ActingUnit;
import ke.haki.contract.Agency;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.EventCodec;
import ke.haki.contract.Topics;
import ke.haki.contract.nps.CaseReported;
import ke.haki.law.Offence;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.TopicReader;
import ke.haki.testsupport.TopicWriter;

/**
 * Forged events through the real broker: a police event published on the ODPP topic (what the
 * prosecution service's Kafka credentials allow), and a police event whose ce_source names another
 * station. Each lands in the monitor's dead-letter topic with its reason and changes nothing.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "monitor.national", roles = { "ngec-monitor", "ngec-national-monitor" })
class ForgedEventsTest {

    private static CaseEvent reported(String caseId) {
        Instant at = Instant.parse("2026-04-10T07:30:00Z");
        return CaseEvent.of(UUID.randomUUID(), caseId, 1, at, new ActingUnit(Agency.NPS, "KSI-KISII-CENTRAL", "045"),
                new CaseReported("OB 1/10/4/2026", "KSI-KISII-CENTRAL", "045", Offence.DEFILEMENT,
                        LocalDate.parse("2026-04-09"), at));
    }

    private static ConsumerRecord<String, String> deadLetter(String topic, CaseEvent event, Map<String, String> headers) {
        try (TopicWriter writer = new TopicWriter(Feed.bootstrapServers());
                TopicReader dlq = new TopicReader(Feed.bootstrapServers(), Topics.MONITORING_DLQ)) {
            writer.send(topic, event.caseId(), EventCodec.toJson(event), headers);
            List<ConsumerRecord<String, String>> dead = dlq.recordsFor(event.caseId(), 1, Duration.ofSeconds(60));
            assertThat(dead).hasSize(1);
            return dead.get(0);
        }
    }

    @Test
    void aPoliceEventOnTheOdppTopicIsADeadLetterAndCreatesNoCase() {
        CaseEvent forged = reported(UUID.randomUUID().toString());
        ConsumerRecord<String, String> dead = deadLetter(Topics.ODPP_CASE_EVENTS, forged, CloudEventHeaders.of(forged));
        assertThat(TopicReader.header(dead, "dead-letter-reason"))
                .contains("ke.nps.case.reported.v1").contains("not on " + Topics.ODPP_CASE_EVENTS);
        given().get("/api/v1/cases/{id}", forged.caseId()).then().statusCode(404);
    }

    @Test
    void anEventWhoseSourceLiesIsADeadLetterAndCreatesNoCase() {
        CaseEvent forged = reported(UUID.randomUUID().toString());
        Map<String, String> headers = new LinkedHashMap<>(CloudEventHeaders.of(forged));
        headers.put(CloudEventHeaders.SOURCE, "urn:haki:nps:NRB-KILIMANI");
        ConsumerRecord<String, String> dead = deadLetter(Topics.NPS_CASE_EVENTS, forged, headers);
        assertThat(TopicReader.header(dead, "dead-letter-reason")).contains("ce_source");
        given().get("/api/v1/cases/{id}", forged.caseId()).then().statusCode(404);
    }

    @Test
    void anOdppUnitSigningAPoliceTypeIsADeadLetter() {
        CaseEvent genuine = reported(UUID.randomUUID().toString());
        CaseEvent forged = new CaseEvent(genuine.eventId(), genuine.type(), genuine.caseId(), 1, genuine.occurredAt(),
                new ActingUnit(Agency.ODPP, "ODPP-045", "045"), genuine.payload());
        ConsumerRecord<String, String> dead = deadLetter(Topics.NPS_CASE_EVENTS, forged, CloudEventHeaders.of(forged));
        assertThat(TopicReader.header(dead, "dead-letter-reason")).contains("acting unit is of ODPP");
        given().get("/api/v1/cases/{id}", forged.caseId()).then().statusCode(404);
    }
}
