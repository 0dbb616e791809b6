package ke.haki.police.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import ke.haki.law.ChargeCount;
import ke.haki.contract.ActingUnit;
import ke.haki.contract.Agency;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.EventCodec;
import ke.haki.contract.Topics;
import ke.haki.contract.odpp.ChargeFiled;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.contract.odpp.ReferralReceived;
import ke.haki.contract.odpp.ReturnedForInvestigation;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.TopicReader;
import ke.haki.testsupport.TopicWriter;

@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "officer.nairobi", roles = "police-officer")
@OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
class OdppEventsTest {

    private static final ActingUnit ODPP = new ActingUnit(Agency.ODPP, "ODPP-NRB", "047");

    @Test
    void odppEventsKeepThePoliceViewCurrentAndARedeliveryChangesNothing() {
        String caseId = PoliceApi.referredCase();
        try (TopicWriter odpp = new TopicWriter(PoliceApi.bootstrapServers())) {
            odpp.publish(event(caseId, 1, new ReferralReceived("ODPP/047/2026/000001", "ODPP-NRB", 1)));
            awaitStatus(caseId, "UNDER_ODPP_REVIEW");
            given().get("/api/v1/cases/{id}", caseId).then().body("odppFileNumber", equalTo("ODPP/047/2026/000001"));

            odpp.publish(event(caseId, 2, new ReturnedForInvestigation("ODPP/047/2026/000001",
                    List.of("Obtain the P3 form", "Record the teacher's statement"), LocalDate.parse("2026-05-10"))));
            awaitStatus(caseId, "RETURNED_FOR_INVESTIGATION");

            PoliceApi.post("/api/v1/cases/{id}/resubmission", Map.of("directionsAnswered", 2), caseId)
                    .then().statusCode(200).body("status", equalTo("REFERRED_TO_ODPP")).body("referrals", equalTo(2));

            CaseEvent charged = event(caseId, 3, new ChargeFiled("ODPP/047/2026/000001", "Milimani Law Courts",
                    "Sexual Offence Case No. E035 of 2026", LocalDate.parse("2026-05-20"),
                    List.of(new ChargeCount("s.8(1) as read with s.8(3) Sexual Offences Act", false))));
            odpp.publish(charged);
            awaitStatus(caseId, "CHARGED");
            odpp.publish(charged);
            odpp.publish(event(caseId, 4, new JudgmentDelivered("ODPP/047/2026/000001",
                    "Sexual Offence Case No. E035 of 2026", LocalDate.parse("2026-09-01"), JudgmentDelivered.Verdict.CONVICTED,
                    new JudgmentDelivered.Sentence(false, 20), new JudgmentDelivered.Sentence(false, 20), false)));
            awaitStatus(caseId, "JUDGMENT_DELIVERED");
        }
        given().get("/api/v1/cases/{id}", caseId).then()
                .body("courtCaseNumber", equalTo("Sexual Offence Case No. E035 of 2026"))
                .body("verdict", equalTo("CONVICTED"));
        List<String> types = given().get("/api/v1/cases/{id}/timeline", caseId).then().extract().path("eventType");
        assertThat(types.stream().filter("ke.odpp.charge.filed.v1"::equals)).as("the redelivered event applied once").hasSize(1);
        assertThat(types).containsSubsequence("ke.nps.case.referred.v1", "ke.odpp.referral.received.v1",
                "ke.odpp.case.returned-for-investigation.v1", "ke.nps.case.resubmitted.v1", "ke.odpp.charge.filed.v1",
                "ke.odpp.judgment.delivered.v1");
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicWithItsReasonAndTheConsumerGoesOn() {
        String caseId = PoliceApi.referredCase();
        String unknownCase = UUID.randomUUID().toString();
        try (TopicWriter odpp = new TopicWriter(PoliceApi.bootstrapServers())) {
            odpp.send(Topics.ODPP_CASE_EVENTS, caseId, "this is not an event", Map.of("ce_type", "ke.odpp.garbage.v1"));
            odpp.publish(event(unknownCase, 1, new ReferralReceived("ODPP/047/2026/000999", "ODPP-NRB", 1)));
            odpp.publish(event(caseId, 1, new ReferralReceived("ODPP/047/2026/000002", "ODPP-NRB", 1)));
        }
        awaitStatus(caseId, "UNDER_ODPP_REVIEW");
        try (TopicReader dlq = new TopicReader(PoliceApi.bootstrapServers(), Topics.POLICE_INTAKE_DLQ)) {
            List<ConsumerRecord<String, String>> dead = dlq.readUntil(
                    all -> all.stream().anyMatch(r -> unknownCase.equals(r.key()))
                            && all.stream().anyMatch(r -> "this is not an event".equals(r.value())),
                    Duration.ofSeconds(60));
            ConsumerRecord<String, String> garbage = dead.stream().filter(r -> "this is not an event".equals(r.value()))
                    .findFirst().orElseThrow();
            assertThat(TopicReader.header(garbage, "dead-letter-reason")).contains("not JSON");
            ConsumerRecord<String, String> orphan = dead.stream().filter(r -> unknownCase.equals(r.key()))
                    .findFirst().orElseThrow();
            assertThat(TopicReader.header(orphan, "dead-letter-reason")).contains("no police case");
        }
    }

    @Test
    void anOdppEventThatDoesNotFitTheCaseIsADeadLetterAndDoesNotReopenAClosedCase() {
        String caseId = PoliceApi.referredCase();
        PoliceApi.post("/api/v1/cases/{id}/closure", Map.of("reason", "DUPLICATE_REPORT"), caseId).then().statusCode(200)
                .body("status", equalTo("CLOSED_BY_POLICE"));
        try (TopicWriter odpp = new TopicWriter(PoliceApi.bootstrapServers());
                TopicReader dlq = new TopicReader(PoliceApi.bootstrapServers(), Topics.POLICE_INTAKE_DLQ)) {
            odpp.publish(event(caseId, 1, new ReturnedForInvestigation("ODPP/047/2026/000003",
                    List.of("Obtain the P3 form"), LocalDate.parse("2026-05-10"))));
            List<ConsumerRecord<String, String>> dead = dlq.recordsFor(caseId, 1, Duration.ofSeconds(60));
            assertThat(TopicReader.header(dead.get(0), "dead-letter-reason")).contains("does not fit").contains("CLOSED_BY_POLICE");
        }
        given().get("/api/v1/cases/{id}", caseId).then().body("status", equalTo("CLOSED_BY_POLICE"));
    }

    @Test
    void aChildAccusedsDiversionIsFollowedAndAPleaOnACaseNotChargedIsADeadLetter() {
        String caseId = PoliceApi.referredCase();
        try (TopicWriter odpp = new TopicWriter(PoliceApi.bootstrapServers());
                TopicReader dlq = new TopicReader(PoliceApi.bootstrapServers(), Topics.POLICE_INTAKE_DLQ)) {
            odpp.publish(event(caseId, 1, new ReferralReceived("ODPP/047/2026/000004", "ODPP-NRB", 1)));
            awaitStatus(caseId, "UNDER_ODPP_REVIEW");
            CaseEvent plea = event(caseId, 2, new ke.haki.contract.odpp.PleaRecorded("Sexual Offence Case No. E004 of 2026",
                    ke.haki.contract.odpp.PleaRecorded.Plea.NOT_GUILTY, LocalDate.parse("2026-05-10")));
            odpp.publish(plea);
            List<ConsumerRecord<String, String>> dead = dlq.recordsFor(caseId, 1, Duration.ofSeconds(60));
            assertThat(TopicReader.header(dead.get(0), "dead-letter-reason")).contains("does not fit")
                    .contains("UNDER_ODPP_REVIEW");
            odpp.publish(event(caseId, 3, new ke.haki.contract.odpp.DiversionRecorded("ODPP/047/2026/000004", List.of("S1"),
                    LocalDate.parse("2026-05-04"), "Children's Department, Kibera")));
            awaitStatus(caseId, "DIVERTED_BY_ODPP");
            odpp.publish(event(caseId, 4, new ke.haki.contract.odpp.DiversionConcluded("ODPP/047/2026/000004",
                    ke.haki.contract.odpp.DiversionConcluded.DiversionOutcome.COMPLETED, LocalDate.parse("2026-11-04"),
                    "Programme completed")));
            awaitStatus(caseId, "DIVERSION_COMPLETED");
        }
        given().get("/api/v1/cases/{id}/timeline", caseId).then().statusCode(200)
                .body("eventType", org.hamcrest.Matchers.hasItems("ke.odpp.diversion.recorded.v1", "ke.odpp.diversion.concluded.v1"))
                .body("eventType", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("ke.odpp.plea.recorded.v1")));
    }

    /**
     * Batched consumption (issue 14): records sent together are polled together. A misfit and an
     * unreadable record among them go alone to the dead-letter topic; the others are applied once
     * (a copy of one in the same batch changes nothing) and in their order (the judgment needs the
     * charge before it).
     */
    @Test
    void aBatchAppliesItsEventsInOrderOnceAndDeadLettersOnlyItsPoison() {
        String caseId = PoliceApi.referredCase();
        CaseEvent referral = event(caseId, 1, new ReferralReceived("ODPP/047/2026/000005", "ODPP-NRB", 1));
        CaseEvent misfit = event(caseId, 2, new ke.haki.contract.odpp.PleaRecorded("Sexual Offence Case No. E005 of 2026",
                ke.haki.contract.odpp.PleaRecorded.Plea.NOT_GUILTY, LocalDate.parse("2026-05-10")));
        CaseEvent charged = event(caseId, 3, new ChargeFiled("ODPP/047/2026/000005", "Milimani Law Courts",
                "Sexual Offence Case No. E005 of 2026", LocalDate.parse("2026-05-20"),
                List.of(new ChargeCount("s.8(1) as read with s.8(3) Sexual Offences Act", false))));
        CaseEvent judgment = event(caseId, 4, new JudgmentDelivered("ODPP/047/2026/000005",
                "Sexual Offence Case No. E005 of 2026", LocalDate.parse("2026-09-01"), JudgmentDelivered.Verdict.CONVICTED,
                new JudgmentDelivered.Sentence(false, 20), new JudgmentDelivered.Sentence(false, 20), false));
        List<ProducerRecord<String, String>> batch = List.of(TopicWriter.recordOf(referral), TopicWriter.recordOf(misfit),
                TopicWriter.recordOf(charged), TopicWriter.recordOf(charged),
                new ProducerRecord<>(Topics.ODPP_CASE_EVENTS, caseId, "this is not an event either"),
                TopicWriter.recordOf(judgment));
        try (TopicWriter odpp = new TopicWriter(PoliceApi.bootstrapServers());
                TopicReader dlq = new TopicReader(PoliceApi.bootstrapServers(), Topics.POLICE_INTAKE_DLQ)) {
            odpp.sendAll(batch);
            awaitStatus(caseId, "JUDGMENT_DELIVERED");
            List<ConsumerRecord<String, String>> dead = dlq.recordsFor(caseId, 2, Duration.ofSeconds(60));
            assertThat(dead).hasSize(2);
            assertThat(dead).filteredOn(r -> r.value().startsWith("{"))
                    .singleElement().satisfies(r -> {
                        assertThat(EventCodec.fromJson(r.value()).eventId()).isEqualTo(misfit.eventId());
                        assertThat(TopicReader.header(r, "dead-letter-reason")).contains("does not fit");
                    });
            assertThat(dead).filteredOn(r -> "this is not an event either".equals(r.value())).hasSize(1);
        }
        given().get("/api/v1/cases/{id}", caseId).then()
                .body("odppFileNumber", equalTo("ODPP/047/2026/000005"))
                .body("courtCaseNumber", equalTo("Sexual Offence Case No. E005 of 2026"))
                .body("verdict", equalTo("CONVICTED"));
        List<String> types = given().get("/api/v1/cases/{id}/timeline", caseId).then().extract().path("eventType");
        assertThat(types.stream().filter(t -> t.startsWith("ke.odpp."))).as("each applied once, in order, without the misfit")
                .containsExactly("ke.odpp.referral.received.v1", "ke.odpp.charge.filed.v1", "ke.odpp.judgment.delivered.v1");
    }

    static CaseEvent event(String caseId, long sequence, ke.haki.contract.EventPayload payload) {
        return CaseEvent.of(UUID.randomUUID(), caseId, sequence, Instant.now(), ODPP, payload);
    }

    static void awaitStatus(String caseId, String status) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().get("/api/v1/cases/{id}", caseId).then().statusCode(200).body("status", equalTo(status)));
    }
}
