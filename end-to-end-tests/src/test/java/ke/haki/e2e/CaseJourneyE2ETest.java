package ke.haki.e2e;

import static ke.haki.e2e.Agencies.as;
import static ke.haki.e2e.Agencies.ngec;
import static ke.haki.e2e.Agencies.odpp;
import static ke.haki.e2e.Agencies.police;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.Topics;
import ke.haki.testsupport.EventSchemas;
import ke.haki.testsupport.TopicReader;

/**
 * One case walked through police, ODPP and the NGEC over the real broker, with real tokens, against
 * the packaged services; and the ways a case goes wrong, each seen by the monitor.
 */
class CaseJourneyE2ETest {

    @BeforeAll
    static void stack() {
        Stack.get();
    }

    @Test
    void reportedReferredChargedTriedConvictedAndSentencedAtTheMinimumEveryViewAgrees() {
        String caseId = Agencies.referredNairobiCase();
        Agencies.awaitOdppFile(caseId);
        Agencies.charge(caseId);
        Agencies.convict(caseId, 20);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("officer.nairobi")
                .get(police() + "/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("status", equalTo("JUDGMENT_DELIVERED")).body("verdict", equalTo("CONVICTED")));
        as("prosecutor.nairobi").get(odpp() + "/api/v1/files/{id}", caseId).then().statusCode(200)
                .body("status", equalTo("JUDGMENT_DELIVERED"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("monitor.ngec")
                .get(ngec() + "/api/v1/cases/{id}", caseId).then().statusCode(200).body("stage", equalTo("JUDGMENT")));
        List<String> timeline = as("monitor.ngec").get(ngec() + "/api/v1/cases/{id}/timeline", caseId).then()
                .statusCode(200).extract().path("eventType");
        assertThat(timeline).containsSubsequence("ke.nps.case.reported.v1", "ke.nps.victim.recorded.v1",
                "ke.nps.case.referred.v1", "ke.odpp.referral.received.v1", "ke.odpp.charge.approved.v1",
                "ke.odpp.charge.filed.v1", "ke.odpp.plea.recorded.v1", "ke.odpp.judgment.delivered.v1");
        assertThat(Agencies.openAlertTypes(caseId)).as("no open alert on a case that went by the book").isEmpty();

        try (TopicReader nps = new TopicReader(Stack.get().kafka.bootstrapServers(), Topics.NPS_CASE_EVENTS);
                TopicReader odppTopic = new TopicReader(Stack.get().kafka.bootstrapServers(), Topics.ODPP_CASE_EVENTS)) {
            List<ConsumerRecord<String, String>> police = nps.recordsFor(caseId, 5, Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> prosecution = odppTopic.recordsFor(caseId, 8, Duration.ofSeconds(30));
            for (List<ConsumerRecord<String, String>> records : List.of(police, prosecution)) {
                assertThat(records).allSatisfy(r -> {
                    assertThat(EventSchemas.violations(r)).isEmpty();
                    assertThat(r.value()).doesNotContain("E2E Child").doesNotContain("2013-02-17").doesNotContain("E2E Suspect");
                });
                for (int i = 0; i < records.size(); i++) {
                    assertThat(TopicReader.header(records.get(i), CloudEventHeaders.SEQUENCE)).isEqualTo(CloudEventHeaders.sequence(i + 1));
                }
            }
        }
    }

    @Test
    void aCaseThatStopsAfterReferralGoesQuiet() {
        String caseId = Agencies.referredNairobiCase();
        Agencies.awaitOdppFile(caseId);
        await().atMost(Duration.ofSeconds(MonitoringClock.QUIET_AFTER_REFERRAL_SECONDS + 60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> Agencies.openAlertTypes(caseId).contains("CASE_QUIET"));
        Map<String, Object> quiet = Agencies.alerts(caseId).stream().filter(a -> "CASE_QUIET".equals(a.get("type")))
                .findFirst().orElseThrow();
        assertThat(quiet.get("stage")).isEqualTo("REFERRED");
        try (TopicReader alerts = new TopicReader(Stack.get().kafka.bootstrapServers(), Topics.NGEC_CASE_ALERTS)) {
            assertThat(alerts.recordsFor(caseId, 1, Duration.ofSeconds(30)))
                    .extracting(r -> TopicReader.header(r, CloudEventHeaders.TYPE)).contains("ke.ngec.alert.raised.v1");
        }
        // the prosecutor acts: the case moves on and the alert clears by itself
        Agencies.odppAction("/api/v1/files/{id}/charge", Map.of("evidentialTestMet", true, "publicInterestTestMet", true), caseId)
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> !Agencies.openAlertTypes(caseId).contains("CASE_QUIET"));
    }

    @Test
    void aWithdrawalAtThePoliceAndAPleaDealAtOdppAreRefusedAndTheNgecSeesBoth() {
        String caseId = Agencies.referredNairobiCase();
        as("officer.nairobi").body(Map.of("reason", "COMPLAINANT_WITHDRAWAL", "note", "mother withdrew"))
                .post(police() + "/api/v1/cases/{id}/closure", caseId).then().statusCode(422)
                .body("rule", equalTo("SOA_NO_COMPLAINANT_WITHDRAWAL"));
        Agencies.awaitOdppFile(caseId);
        Agencies.odppAction("/api/v1/files/{id}/plea-agreement", null, caseId)
                .then().statusCode(422).body("rule", equalTo("SOA_NO_PLEA_AGREEMENT"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Agencies.alerts(caseId).stream()
                .filter(a -> "PROHIBITED_CLOSURE_ATTEMPT".equals(a.get("type")))).hasSize(2));
    }

    @Test
    void aDecisionNotToChargeIsAClosureWithoutACourtOutcome() {
        String caseId = Agencies.referredNairobiCase();
        Agencies.awaitOdppFile(caseId);
        Agencies.odppAction("/api/v1/files/{id}/no-charge", Map.of("reason", "INSUFFICIENT_EVIDENCE",
                "evidentialTestMet", false, "publicInterestTestMet", true, "note", "no corroboration"), caseId)
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Agencies.openAlertTypes(caseId).contains("CLOSED_WITHOUT_COURT_OUTCOME"));
        await().atMost(Duration.ofSeconds(60)).until(() -> "CHARGE_DECLINED_BY_ODPP".equals(
                as("officer.nairobi").get(police() + "/api/v1/cases/{id}", caseId).path("status")));

        // the decision is reviewed and the file re-opened: the police view and the monitor follow
        Agencies.odppAction("/api/v1/files/{id}/decline-review", Map.of("ground", "NEW_EVIDENCE",
                "reviewedOn", java.time.LocalDate.now(java.time.ZoneId.of("Africa/Nairobi")).toString()), caseId)
                .then().statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        await().atMost(Duration.ofSeconds(60)).until(() -> "UNDER_ODPP_REVIEW".equals(
                as("officer.nairobi").get(police() + "/api/v1/cases/{id}", caseId).path("status")));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !Agencies.openAlertTypes(caseId).contains("CLOSED_WITHOUT_COURT_OUTCOME"));
    }

    @Test
    void aSentenceBelowTheStatutoryMinimumIsFlagged() {
        String caseId = Agencies.referredNairobiCase();
        Agencies.awaitOdppFile(caseId);
        Agencies.charge(caseId);
        Agencies.convict(caseId, 10);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Agencies.openAlertTypes(caseId).contains("SENTENCE_BELOW_STATUTORY_MINIMUM"));
    }

    @Test
    void odppReturnsTheFilePoliceResubmitAndTheCaseGoesOn() {
        String caseId = Agencies.referredNairobiCase();
        Agencies.awaitOdppFile(caseId);
        Agencies.odppAction("/api/v1/files/{id}/return-for-investigation", Map.of("directions",
                List.of("Record the neighbour's statement"), "respondBy", java.time.LocalDate.now().plusDays(14).toString()), caseId).then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("officer.nairobi")
                .get(police() + "/api/v1/cases/{id}", caseId).then().body("status", equalTo("RETURNED_FOR_INVESTIGATION")));
        String etag = as("officer.nairobi").get(police() + "/api/v1/cases/{id}", caseId).then().extract().header("ETag");
        as("officer.nairobi").header("If-Match", etag).body(Map.of("directionsAnswered", 1))
                .post(police() + "/api/v1/cases/{id}/resubmission", caseId).then().statusCode(200)
                .body("referrals", equalTo(2));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("prosecutor.nairobi")
                .get(odpp() + "/api/v1/files/{id}", caseId).then().body("referralNumber", equalTo(2)));
        Agencies.odppAction("/api/v1/files/{id}/charge", Map.of("evidentialTestMet", true, "publicInterestTestMet", true), caseId)
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("monitor.ngec")
                .get(ngec() + "/api/v1/cases/{id}", caseId).then().body("stage", equalTo("CHARGED")));
    }
}
