package ke.haki.prosecution.it;

import static io.restassured.RestAssured.given;
import static ke.haki.prosecution.it.ProsecutionApi.awaitFile;
import static ke.haki.prosecution.it.ProsecutionApi.post;
import static ke.haki.prosecution.it.ProsecutionApi.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;

import ke.haki.law.ChargeCount;
import ke.haki.contract.Agency;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.EventCodec;
import ke.haki.contract.Topics;
import ke.haki.law.AgeBasis;
import ke.haki.law.MedicalForm;
import ke.haki.law.Offence;
import ke.haki.contract.nps.MedicalEvidenceRecorded;
import ke.haki.contract.odpp.AppealDecided;
import ke.haki.contract.odpp.ChargeApproved;
import ke.haki.contract.odpp.ChargeFiled;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.contract.odpp.ReferralReceived;
import ke.haki.contract.odpp.ReturnedForInvestigation;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.TopicReader;

/** Files walked from the police referral to a court outcome, with the ODPP events read back from the real broker. */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "prosecutor.nairobi", roles = "prosecutor")
@OidcSecurity(claims = { @Claim(key = "county_code", value = "047"), @Claim(key = "office_code", value = "ODPP-NRB"),
        @Claim(key = "agency", value = "ODPP") })
class ProsecutionFlowTest {

    @Test
    void fromReferralToConvictionAndSentence() {
        PoliceFeed police = PoliceFeed.nairobi();
        police.referredCase(Offence.DEFILEMENT, 13, AgeBasis.BIRTH_DATE);
        String caseId = police.caseId;

        JsonPath file = awaitFile(caseId);
        assertThat(file.getString("fileNumber")).matches("ODPP/047/20\\d{2}/\\d{6}");
        assertThat(file.getString("status")).isEqualTo("UNDER_REVIEW");
        assertThat(file.getString("officeCode")).isEqualTo("ODPP-NRB");
        assertThat(file.getString("policeStation")).isEqualTo("NRB-KILIMANI");
        assertThat(file.getString("victimPseudonym")).isEqualTo("V-7KQ2M-9XDHP-4RTWA");
        assertThat(file.getInt("victimAgeAtOffence")).isEqualTo(13);
        assertThat(file.getString("victimAgeBand")).isEqualTo("AGED_12_TO_15");
        assertThat(file.getString("suspects[0].relationshipToVictim")).isEqualTo("FAMILY_ACQUAINTANCE");
        assertThat(file.getInt("medicalEvidence")).isEqualTo(1);
        assertThat(file.getList("proposedCounts.statute")).containsExactly(
                "s.8(1) as read with s.8(3) Sexual Offences Act", "s.11(1) Sexual Offences Act");
        assertThat(file.getList("proposedCounts.alternative")).containsExactly(false, true);

        // evidence recorded by the police after the referral reaches the file
        police.publish(new MedicalEvidenceRecorded(MedicalForm.P3, LocalDate.of(2026, 4, 11), "Kilimani Police Surgeon"));
        awaitFile(caseId, f -> f.getInt("medicalEvidence") == 2);

        put("/api/v1/files/{id}/prosecutor", Map.of("prosecutorRef", "prosecutor.nairobi"), caseId).then().statusCode(200)
                .body("prosecutorRef", equalTo("prosecutor.nairobi"));
        post("/api/v1/files/{id}/charge", Map.of("evidentialTestMet", true, "publicInterestTestMet", true), caseId)
                .then().statusCode(200)
                .body("status", equalTo("CHARGE_APPROVED"))
                .body("counts.statute", hasItems("s.8(1) as read with s.8(3) Sexual Offences Act"));
        post("/api/v1/files/{id}/court-filing", Map.of("courtStation", "Kibera Law Courts",
                "courtCaseNumber", "Sexual Offence Case No. E035 of 2026", "filedOn", "2026-04-20"), caseId)
                .then().statusCode(200).body("status", equalTo("IN_COURT"))
                .body("courtCaseNumber", equalTo("Sexual Offence Case No. E035 of 2026"));
        post("/api/v1/files/{id}/plea", Map.of("plea", "NOT_GUILTY", "recordedOn", "2026-04-21"), caseId)
                .then().statusCode(200).body("plea", equalTo("NOT_GUILTY"));
        post("/api/v1/files/{id}/sittings", Map.of("kind", "HEARING", "sittingDate", "2026-05-04", "adjourned", true,
                "adjournmentReason", "WITNESS_ABSENT", "nextDate", "2026-05-18"), caseId)
                .then().statusCode(201).body("adjournmentReason", equalTo("WITNESS_ABSENT"));
        post("/api/v1/files/{id}/sittings", Map.of("kind", "HEARING", "sittingDate", "2026-05-18", "adjourned", false), caseId)
                .then().statusCode(201);
        given().get("/api/v1/files/{id}/sittings", caseId).then().statusCode(200)
                .body("sittingDate", equalTo(List.of("2026-05-04", "2026-05-18")));
        post("/api/v1/files/{id}/judgment", Map.of("verdict", "CONVICTED", "deliveredOn", "2026-07-01",
                "sentence", Map.of("life", false, "years", 15)), caseId)
                .then().statusCode(200)
                .body("status", equalTo("JUDGMENT_DELIVERED"))
                .body("verdict", equalTo("CONVICTED"))
                .body("sentence.years", equalTo(15))
                .body("statutoryMinimum.years", equalTo(20))
                .body("statutoryMinimum.statute", equalTo("s.8(3) Sexual Offences Act"))
                .body("belowStatutoryMinimum", equalTo(true));

        List<String> expected = List.of("ke.odpp.referral.received.v1", "ke.odpp.prosecutor.assigned.v1",
                "ke.odpp.charge.approved.v1", "ke.odpp.charge.filed.v1", "ke.odpp.plea.recorded.v1",
                "ke.odpp.court-sitting.recorded.v1", "ke.odpp.court-sitting.recorded.v1", "ke.odpp.judgment.delivered.v1");
        List<CaseEvent> events = odppEvents(caseId, expected);
        String fileNumber = file.getString("fileNumber");
        assertThat(events.get(0).payloadAs(ReferralReceived.class)).isEqualTo(new ReferralReceived(fileNumber, "ODPP-NRB", 1));
        ChargeApproved approved = events.get(2).payloadAs(ChargeApproved.class);
        assertThat(approved.proposedStatute()).isEqualTo("s.8(1) as read with s.8(3) Sexual Offences Act");
        assertThat(approved.overrideReason()).isNull();
        assertThat(approved.counts()).containsExactly(
                new ChargeCount("s.8(1) as read with s.8(3) Sexual Offences Act", false),
                new ChargeCount("s.11(1) Sexual Offences Act", true));
        assertThat(events.get(3).payloadAs(ChargeFiled.class).counts()).isEqualTo(approved.counts());
        JudgmentDelivered judgment = events.get(7).payloadAs(JudgmentDelivered.class);
        assertThat(judgment.verdict()).isEqualTo(JudgmentDelivered.Verdict.CONVICTED);
        assertThat(judgment.sentence()).isEqualTo(new JudgmentDelivered.Sentence(false, 15));
        assertThat(judgment.statutoryMinimum()).isEqualTo(new JudgmentDelivered.Sentence(false, 20));
        assertThat(judgment.belowStatutoryMinimum()).isTrue();

        given().get("/api/v1/files/{id}/timeline", caseId).then().statusCode(200)
                .body("eventType", hasItems("ke.nps.case.reported.v1", "ke.nps.case.referred.v1",
                        "ke.nps.medical-evidence.recorded.v1", "ke.odpp.referral.received.v1", "ke.odpp.judgment.delivered.v1"))
                .body("agency", hasItems("NPS", "ODPP"));
    }

    @Test
    void returnedToThePoliceResubmittedChargedAsChangedAndAcquittedThenAppealed() {
        PoliceFeed police = PoliceFeed.nairobi();
        police.referredCase(Offence.DEFILEMENT, 11, AgeBasis.MEDICAL_ASSESSMENT);
        String caseId = police.caseId;
        JsonPath file = awaitFile(caseId);
        assertThat(file.getString("victimAgeBand")).isEqualTo("AGED_11_OR_UNDER");
        assertThat(file.getString("victimAgeBasis")).isEqualTo("MEDICAL_ASSESSMENT");
        assertThat(file.getString("proposedCounts[0].statute")).isEqualTo("s.8(1) as read with s.8(2) Sexual Offences Act");

        put("/api/v1/files/{id}/prosecutor", Map.of("prosecutorRef", "prosecutor.nairobi"), caseId).then().statusCode(200);
        String respondBy = LocalDate.now().plusDays(30).toString();
        post("/api/v1/files/{id}/return-for-investigation", Map.of(
                "directions", List.of("Obtain the P3 form part II from the police surgeon", "Record the statement of the neighbour"),
                "directionCodes", List.of("OBTAIN_MEDICAL_EVIDENCE", "RECORD_WITNESS_STATEMENT"),
                "respondBy", respondBy), caseId)
                .then().statusCode(200).body("status", equalTo("RETURNED_FOR_INVESTIGATION"));

        police.resubmitted(2);
        awaitFile(caseId, f -> "UNDER_REVIEW".equals(f.getString("status")) && f.getInt("referralNumber") == 2);

        post("/api/v1/files/{id}/charge", Map.of("evidentialTestMet", true, "publicInterestTestMet", true,
                "counts", List.of(Map.of("statute", "s.11(1) Sexual Offences Act", "alternative", false))), caseId)
                .then().statusCode(422).body("type", equalTo("urn:haki:problem:override-reason-required"));
        post("/api/v1/files/{id}/charge", Map.of("evidentialTestMet", true, "publicInterestTestMet", true,
                "counts", List.of(Map.of("statute", "s.11(1) Sexual Offences Act", "alternative", false)),
                "overrideReason", "Penetration not proved by the P3 form"), caseId)
                .then().statusCode(200).body("overrideReason", equalTo("Penetration not proved by the P3 form"));
        post("/api/v1/files/{id}/court-filing", Map.of("courtStation", "Milimani Law Courts", "courtCode", "MILIMANI",
                "courtCaseNumber", "Sexual Offence Case No. E101 of 2026", "filedOn", "2026-05-02"), caseId)
                .then().statusCode(200).body("courtStation", equalTo("Milimani Law Courts")).body("courtCode", equalTo("MILIMANI"));
        post("/api/v1/files/{id}/plea", Map.of("plea", "NOT_GUILTY", "recordedOn", "2026-05-03"), caseId).then().statusCode(200);
        post("/api/v1/files/{id}/judgment", Map.of("verdict", "ACQUITTED", "deliveredOn", "2026-08-14"), caseId)
                .then().statusCode(200).body("verdict", equalTo("ACQUITTED")).body("belowStatutoryMinimum", equalTo(null));
        post("/api/v1/files/{id}/appeals", Map.of("appellant", "PROSECUTION", "appealCourt", "High Court at Nairobi",
                "filedOn", "2026-08-28"), caseId).then().statusCode(201).body("status", equalTo("UNDER_APPEAL"));
        post("/api/v1/files/{id}/appeal-decision", Map.of("outcome", "DISMISSED", "decidedOn", "2026-11-02"), caseId)
                .then().statusCode(200).body("status", equalTo("APPEAL_DECIDED"));

        List<CaseEvent> events = odppEvents(caseId, List.of("ke.odpp.referral.received.v1", "ke.odpp.prosecutor.assigned.v1",
                "ke.odpp.case.returned-for-investigation.v1", "ke.odpp.referral.received.v1", "ke.odpp.charge.approved.v1",
                "ke.odpp.charge.filed.v1", "ke.odpp.plea.recorded.v1", "ke.odpp.judgment.delivered.v1",
                "ke.odpp.appeal.filed.v1", "ke.odpp.appeal.decided.v1"));
        ReturnedForInvestigation returned = events.get(2).payloadAs(ReturnedForInvestigation.class);
        // contract 1.1 (ADR 0005): the directions go out as codes, the prosecutor's words stay in this service
        assertThat(returned.directions()).isNull();
        assertThat(returned.directionCodes()).containsExactly(ReturnedForInvestigation.Direction.OBTAIN_MEDICAL_EVIDENCE,
                ReturnedForInvestigation.Direction.RECORD_WITNESS_STATEMENT);
        assertThat(returned.respondBy()).isEqualTo(LocalDate.parse(respondBy));
        assertThat(events.get(3).payloadAs(ReferralReceived.class).referralNumber()).isEqualTo(2);
        ChargeApproved approved = events.get(4).payloadAs(ChargeApproved.class);
        assertThat(approved.proposedStatute()).isEqualTo("s.8(1) as read with s.8(2) Sexual Offences Act");
        // contract 1.1 (ADR 0005): the override reason goes out as a code (OTHER: only words were given)
        assertThat(approved.overrideReason()).isNull();
        assertThat(approved.overrideReasonCode()).isEqualTo(ChargeApproved.OverrideReason.OTHER);
        ChargeFiled filed = events.get(5).payloadAs(ChargeFiled.class);
        assertThat(filed.courtStation()).isNull();
        assertThat(filed.courtCode()).isEqualTo("MILIMANI");
        JudgmentDelivered judgment = events.get(7).payloadAs(JudgmentDelivered.class);
        assertThat(judgment.verdict()).isEqualTo(JudgmentDelivered.Verdict.ACQUITTED);
        assertThat(judgment.sentence()).isNull();
        assertThat(judgment.belowStatutoryMinimum()).isFalse();
        assertThat(events.get(9).payloadAs(AppealDecided.class).outcome()).isEqualTo(AppealDecided.AppealOutcome.DISMISSED);
    }

    /** Reads the case's ODPP events and checks their types, order, consecutive sequence numbers and envelope. */
    static List<CaseEvent> odppEvents(String caseId, List<String> expectedTypes) {
        try (TopicReader reader = new TopicReader(PoliceFeed.bootstrapServers(), Topics.ODPP_CASE_EVENTS)) {
            List<ConsumerRecord<String, String>> records = reader.recordsFor(caseId, expectedTypes.size(), Duration.ofSeconds(30));
            assertThat(records).extracting(r -> TopicReader.header(r, CloudEventHeaders.TYPE))
                    .containsExactlyElementsOf(expectedTypes);
            List<CaseEvent> events = records.stream().map(r -> EventCodec.fromJson(r.value())).toList();
            for (int i = 0; i < events.size(); i++) {
                CaseEvent e = events.get(i);
                assertThat(e.sequence()).as("sequence of event %d", i + 1).isEqualTo(i + 1L);
                assertThat(e.caseId()).isEqualTo(caseId);
                assertThat(e.actingUnit().agency()).isEqualTo(Agency.ODPP);
                assertThat(e.actingUnit().unitCode()).isEqualTo("ODPP-NRB");
                assertThat(e.actingUnit().countyCode()).isEqualTo("047");
                assertThat(TopicReader.header(records.get(i), CloudEventHeaders.SOURCE)).isEqualTo("urn:haki:odpp:ODPP-NRB");
            }
            assertThat(records.stream().map(ConsumerRecord::partition).distinct()).hasSize(1);
            return events;
        }
    }
}
