package ke.haki.prosecution.it;

import static io.restassured.RestAssured.given;
import static ke.haki.prosecution.it.ProsecutionApi.awaitFile;
import static ke.haki.prosecution.it.ProsecutionApi.etag;
import static ke.haki.prosecution.it.ProsecutionApi.post;
import static ke.haki.prosecution.it.ProsecutionApi.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
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
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.EventCodec;
import ke.haki.contract.Topics;
import ke.haki.law.AgeBasis;
import ke.haki.law.Offence;
import ke.haki.law.ProhibitedClosure;
import ke.haki.contract.odpp.ChargeDeclined;
import ke.haki.contract.odpp.ProceedingsTerminated;
import ke.haki.law.CourtEnding;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.TopicReader;

/** What the API refuses, and how: the law's prohibitions, bad input, stale versions, other counties. */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "prosecutor.nairobi", roles = "prosecutor")
@OidcSecurity(claims = { @Claim(key = "county_code", value = "047"), @Claim(key = "office_code", value = "ODPP-NRB") })
class ProsecutionRulesApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aPleaDealIsRefusedWithTheRuleAndStatuteChangesNothingAndIsPublished() {
        String caseId = fileInCourt();
        JsonPath before = awaitFile(caseId);

        given().contentType(ContentType.JSON).post("/api/v1/files/{id}/plea-agreement", caseId)
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:haki:problem:prohibited-closure"))
                .body("rule", equalTo("SOA_NO_PLEA_AGREEMENT"))
                .body("statute", containsString("Criminal Procedure Code s.137N"))
                .body("recordedAsComplianceEvent", equalTo(true));

        JsonPath after = awaitFile(caseId);
        assertThat(after.getLong("version")).isEqualTo(before.getLong("version"));
        assertThat(after.getString("status")).isEqualTo("IN_COURT");
        assertThat(after.getMap("$")).isEqualTo(before.getMap("$"));

        List<CaseEvent> events = ProsecutionFlowTest.odppEvents(caseId, List.of("ke.odpp.referral.received.v1",
                "ke.odpp.prosecutor.assigned.v1", "ke.odpp.charge.approved.v1", "ke.odpp.charge.filed.v1",
                "ke.odpp.closure-attempt.refused.v1"));
        ClosureAttemptRefused refused = events.get(4).payloadAs(ClosureAttemptRefused.class);
        assertThat(refused.attemptedAction()).isEqualTo(ProhibitedClosure.PLEA_AGREEMENT);
        assertThat(refused.ruleId()).isEqualTo("SOA_NO_PLEA_AGREEMENT");
        assertThat(refused.statute()).contains("s.137N");
        assertThat(refused.attemptedBy()).isEqualTo("prosecutor.nairobi");
        given().get("/api/v1/files/{id}/timeline", caseId).then()
                .body("eventType", hasItem("ke.odpp.closure-attempt.refused.v1"));
    }

    @Test
    void everyProhibitedEndingIsRefusedAndEachRefusalIsAComplianceEvent() {
        String caseId = referredAndAssigned(Offence.GANG_DEFILEMENT);
        long version = awaitFile(caseId).getLong("version");
        Map<String, String> rules = Map.of(
                "withdrawal", "SOA_NO_WITHDRAWAL",
                "nolle-prosequi", "SOA_NO_NOLLE_PROSEQUI",
                "plea-agreement", "SOA_NO_PLEA_AGREEMENT",
                "diversion", "SOA_NO_DIVERSION",
                "reconciliation", "SOA_NO_RECONCILIATION");
        List<String> order = List.of("withdrawal", "nolle-prosequi", "plea-agreement", "diversion", "reconciliation");
        for (String action : order) {
            given().contentType(ContentType.JSON).post("/api/v1/files/{id}/" + action, caseId)
                    .then().statusCode(422).contentType(PROBLEM).body("rule", equalTo(rules.get(action)));
        }
        assertThat(awaitFile(caseId).getLong("version")).isEqualTo(version);
        assertThat(awaitFile(caseId).getString("status")).isEqualTo("UNDER_REVIEW");
        try (TopicReader reader = new TopicReader(PoliceFeed.bootstrapServers(), Topics.ODPP_CASE_EVENTS)) {
            List<ConsumerRecord<String, String>> records = reader.recordsFor(caseId, 7, Duration.ofSeconds(30));
            assertThat(records.subList(2, 7)).extracting(r -> EventCodec.fromJson(r.value())
                    .payloadAs(ClosureAttemptRefused.class).ruleId())
                    .containsExactlyElementsOf(order.stream().map(rules::get).toList());
        }
    }

    @Test
    void badInputIsA400NamingTheField() {
        String caseId = referredAndAssigned(Offence.DEFILEMENT);
        post("/api/v1/files/{id}/charge", Map.of("publicInterestTestMet", true), caseId)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:haki:problem:validation-failed"))
                .body("violations.field", hasItem("evidentialTestMet"));
        post("/api/v1/files/{id}/return-for-investigation", Map.of("directions", List.of(), "respondBy", "2099-01-01"), caseId)
                .then().statusCode(400).body("violations.field", hasItem("directions"));
        post("/api/v1/files/{id}/return-for-investigation", Map.of("directions", List.of("Obtain the P3"),
                "respondBy", "2020-01-01"), caseId)
                .then().statusCode(400).body("violations.field", hasItem("respondBy"));
        put("/api/v1/files/{id}/prosecutor", Map.of("prosecutorRef", "Robert'); drop table"), caseId)
                .then().statusCode(400).body("violations.field", hasItem("prosecutorRef"));

        post("/api/v1/files/{id}/charge", Map.of("evidentialTestMet", true, "publicInterestTestMet", true), caseId)
                .then().statusCode(200);
        post("/api/v1/files/{id}/court-filing", Map.of("courtStation", "Kibera Law Courts",
                "courtCaseNumber", "SO 35/2026", "filedOn", "2026-04-20"), caseId)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("courtCaseNumber"))
                .body("detail", containsString("Case No."));
        post("/api/v1/files/{id}/court-filing", Map.of("courtStation", "Kibera Law Courts",
                "courtCaseNumber", "Sexual Offence Case No. E035 of 2026", "filedOn", "2026-04-20"), caseId)
                .then().statusCode(200);
        post("/api/v1/files/{id}/plea", Map.of("plea", "MAYBE", "recordedOn", "2026-04-21"), caseId)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("plea"));
        post("/api/v1/files/{id}/plea", Map.of("plea", "GUILTY", "recordedOn", "2026-04-21"), caseId).then().statusCode(200);
        post("/api/v1/files/{id}/sittings", Map.of("kind", "MENTION", "sittingDate", "2026-05-04", "adjourned", true,
                "nextDate", "2026-05-18"), caseId)
                .then().statusCode(400).body("violations[0].field", equalTo("adjournmentReason"));
        post("/api/v1/files/{id}/judgment", Map.of("verdict", "CONVICTED", "deliveredOn", "2026-06-01"), caseId)
                .then().statusCode(400).body("violations[0].field", equalTo("sentence"));
        post("/api/v1/files/{id}/judgment", Map.of("verdict", "CONVICTED", "deliveredOn", "2026-06-01",
                "sentence", Map.of("life", false, "years", -3)), caseId)
                .then().statusCode(400).body("violations.field", hasItem("sentence.years"));
        post("/api/v1/files/{id}/judgment", Map.of("verdict", "CONVICTED", "deliveredOn", "2026-06-01",
                "sentence", Map.of("life", true)), caseId)
                .then().statusCode(200).body("belowStatutoryMinimum", equalTo(false))
                .body("statutoryMinimum.life", equalTo(true))
                .body("statutoryMinimum.statute", equalTo("s.8(2) Sexual Offences Act"));
    }

    @Test
    void aStaleVersionIsRefusedWith409() {
        PoliceFeed police = PoliceFeed.nairobi();
        police.referredCase(Offence.DEFILEMENT, 9, AgeBasis.BIRTH_DATE);
        String caseId = police.caseId;
        awaitFile(caseId);
        String stale = etag(caseId);
        given().contentType(ContentType.JSON).header("If-Match", stale).body(Map.of("prosecutorRef", "prosecutor.one"))
                .put("/api/v1/files/{id}/prosecutor", caseId).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", stale).body(Map.of("prosecutorRef", "prosecutor.two"))
                .put("/api/v1/files/{id}/prosecutor", caseId).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:haki:problem:stale-update"));
        assertThat(awaitFile(caseId).getString("prosecutorRef")).isEqualTo("prosecutor.one");
    }

    @Test
    void aDecisionNotToChargeCarriesItsReasonAndIsPublished() {
        String caseId = referredAndAssigned(Offence.INDECENT_ACT_WITH_CHILD);
        post("/api/v1/files/{id}/no-charge", Map.of("evidentialTestMet", false, "publicInterestTestMet", true), caseId)
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        post("/api/v1/files/{id}/no-charge", Map.of("reason", "INSUFFICIENT_EVIDENCE", "evidentialTestMet", false,
                "publicInterestTestMet", true), caseId)
                .then().statusCode(200).body("status", equalTo("CHARGE_DECLINED"));
        post("/api/v1/files/{id}/charge", Map.of("evidentialTestMet", true, "publicInterestTestMet", true), caseId)
                .then().statusCode(422).body("type", equalTo("urn:haki:problem:not-under-review"));
        List<CaseEvent> events = ProsecutionFlowTest.odppEvents(caseId, List.of("ke.odpp.referral.received.v1",
                "ke.odpp.prosecutor.assigned.v1", "ke.odpp.charge.declined.v1"));
        assertThat(events.get(2).payloadAs(ChargeDeclined.class).reason())
                .isEqualTo(ChargeDeclined.DeclineReason.INSUFFICIENT_EVIDENCE);

        post("/api/v1/files/{id}/decline-review", Map.of("ground", "NEW_EVIDENCE", "reviewedOn", "2026-06-01"), caseId).then().statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        post("/api/v1/files/{id}/decline-review", Map.of("ground", "NEW_EVIDENCE", "reviewedOn", "2026-06-01"), caseId)
                .then().statusCode(422).body("type", equalTo("urn:haki:problem:not-declined"));
        post("/api/v1/files/{id}/charge", Map.of("evidentialTestMet", true, "publicInterestTestMet", true), caseId)
                .then().statusCode(200).body("status", equalTo("CHARGE_APPROVED"));
        assertThat(ProsecutionFlowTest.odppEvents(caseId, List.of("ke.odpp.referral.received.v1",
                "ke.odpp.prosecutor.assigned.v1", "ke.odpp.charge.declined.v1", "ke.odpp.charge-decision.reviewed.v1",
                "ke.odpp.charge.approved.v1"))).hasSize(5);
    }

    @Test
    void aFileOfAnotherCountyIsNotVisibleAndSearchFiltersAndPaginates() {
        PoliceFeed kisii = new PoliceFeed("KSI-CENTRAL", "045");
        kisii.referredCase(Offence.DEFILEMENT, 13, AgeBasis.BIRTH_DATE);
        String mine = fileInCourt();
        awaitFile(mine);
        // the Kisii file is opened by the consumer: its "referral received" is on the topic
        assertThat(opened(kisii.caseId)).as("Kisii file opened").isTrue();
        given().get("/api/v1/files/{id}", kisii.caseId).then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("prosecutorRef", "prosecutor.nairobi"))
                .put("/api/v1/files/{id}/prosecutor", kisii.caseId).then().statusCode(404);
        given().contentType(ContentType.JSON).post("/api/v1/files/{id}/withdrawal", kisii.caseId).then().statusCode(404);

        given().queryParam("size", 500).get("/api/v1/files").then().statusCode(200)
                .body("size", equalTo(100))
                .body("items.caseId", hasItem(mine))
                .body("items.caseId", not(hasItem(kisii.caseId)))
                .body("items.countyCode", not(hasItem("045")));
        given().queryParam("county", "045").get("/api/v1/files").then().statusCode(200).body("totalItems", equalTo(0));
        given().queryParam("status", "IN_COURT").queryParam("court", "Kibera Law Courts")
                .queryParam("prosecutor", "prosecutor.nairobi").queryParam("receivedFrom", "2020-01-01T00:00:00Z")
                .get("/api/v1/files").then().statusCode(200).body("items.caseId", hasItem(mine))
                .body("items.status", not(hasItem("UNDER_REVIEW")));
        given().queryParam("status", "UNDER_REVIEW").get("/api/v1/files").then().statusCode(200)
                .body("items.caseId", not(hasItem(mine)));
        given().queryParam("receivedTo", "2020-01-01T00:00:00Z").get("/api/v1/files").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().queryParam("size", 1).queryParam("page", 0).get("/api/v1/files").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("size", equalTo(1));
        given().queryParam("status", "SETTLED").get("/api/v1/files").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        given().queryParam("receivedFrom", "yesterday").get("/api/v1/files").then().statusCode(400)
                .body("violations[0].field", equalTo("receivedFrom"));
    }

    @Test
    void aRetriedSittingWithTheSameIdempotencyKeyIsRecordedOnce() {
        String caseId = fileInCourt();
        Map<String, Object> sitting = Map.of("kind", "MENTION", "sittingDate", "2026-04-22", "adjourned", true,
                "adjournmentReason", "FILE_NOT_READY", "nextDate", "2026-05-06");
        String key = "sitting-" + caseId;
        long first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(sitting)
                .post("/api/v1/files/{id}/sittings", caseId).then().statusCode(201).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(sitting)
                .post("/api/v1/files/{id}/sittings", caseId).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo((int) first));
        given().get("/api/v1/files/{id}/sittings", caseId).then().statusCode(200).body("size()", equalTo(1));
        assertThat(awaitFile(caseId).getString("nextCourtDate")).isEqualTo("2026-05-06");
    }

    @Test
    void aCourtDischargeAfterWithdrawalIsRecordedAsWhatItIsAndPublished() {
        String caseId = fileInCourt();
        post("/api/v1/files/{id}/plea", Map.of("plea", "NOT_GUILTY", "recordedOn", "2026-04-21"), caseId).then().statusCode(200);
        post("/api/v1/files/{id}/judgment", Map.of("verdict", "DISCHARGED", "deliveredOn", "2026-06-01"), caseId)
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:haki:problem:discharge-is-not-a-verdict"))
                .body("rule", equalTo("discharge-is-not-a-verdict"))
                .body("detail", containsString("termination"));
        post("/api/v1/files/{id}/termination", Map.of("ending", "DISCONTINUANCE_WITH_COURT_PERMISSION",
                "endedOn", "2026-06-01"), caseId)
                .then().statusCode(422).body("type", equalTo("urn:haki:problem:ruling-required"))
                .body("statute", equalTo("Constitution of Kenya Art. 157(8)"));
        post("/api/v1/files/{id}/termination", Map.of("ending", "CONVICTION", "endedOn", "2026-06-01"), caseId)
                .then().statusCode(422).body("type", equalTo("urn:haki:problem:not-a-termination"));
        post("/api/v1/files/{id}/termination", Map.of("ending", "DISCHARGE_AFTER_WITHDRAWAL", "endedOn", "2026-06-01"), caseId)
                .then().statusCode(200).body("status", equalTo("ENDED_WITHOUT_VERDICT"))
                .body("courtEnding", equalTo("DISCHARGE_AFTER_WITHDRAWAL")).body("endedOn", equalTo("2026-06-01"));
        post("/api/v1/files/{id}/judgment", Map.of("verdict", "ACQUITTED", "deliveredOn", "2026-06-02"), caseId)
                .then().statusCode(422).body("type", equalTo("urn:haki:problem:not-in-court"));
        CaseEvent ended = ProsecutionFlowTest.odppEvents(caseId, List.of("ke.odpp.referral.received.v1",
                "ke.odpp.prosecutor.assigned.v1", "ke.odpp.charge.approved.v1", "ke.odpp.charge.filed.v1",
                "ke.odpp.plea.recorded.v1", "ke.odpp.proceedings.terminated.v1")).get(5);
        assertThat(ended.payloadAs(ProceedingsTerminated.class).ending()).isEqualTo(CourtEnding.DISCHARGE_AFTER_WITHDRAWAL);
    }

    @Test
    void theMinimumFollowsTheCountConvictedOnYearsAndMonthsCountAndAVariedSentenceIsCheckedAgain() {
        String caseId = fileInCourt(); // defilement of a 10-year-old: life, s.8(2)
        post("/api/v1/files/{id}/plea", Map.of("plea", "NOT_GUILTY", "recordedOn", "2026-04-21"), caseId).then().statusCode(200);
        post("/api/v1/files/{id}/judgment", Map.of("verdict", "CONVICTED", "deliveredOn", "2026-06-01",
                "convictedOffence", "ATTEMPTED_DEFILEMENT", "childAgeFound", 12,
                "sentence", Map.of("life", false, "years", 9, "months", 11)), caseId)
                .then().statusCode(200).body("belowStatutoryMinimum", equalTo(true))
                .body("statutoryMinimum.years", equalTo(10))
                .body("statutoryMinimum.statute", equalTo("s.9(3) Sexual Offences Act"))
                .body("sentence.months", equalTo(11)).body("courtEnding", equalTo("CONVICTION"));
        post("/api/v1/files/{id}/appeals", Map.of("appellant", "PROSECUTION", "appealCourt", "High Court at Nairobi",
                "filedOn", "2026-06-10"), caseId).then().statusCode(201);
        post("/api/v1/files/{id}/appeal-decision", Map.of("outcome", "SENTENCE_VARIED", "decidedOn", "2026-09-01"), caseId)
                .then().statusCode(400).body("violations[0].field", equalTo("variedSentence"));
        post("/api/v1/files/{id}/appeal-decision", Map.of("outcome", "SENTENCE_VARIED", "decidedOn", "2026-09-01",
                "variedSentence", Map.of("life", false, "years", 10)), caseId)
                .then().statusCode(200).body("belowStatutoryMinimum", equalTo(false)).body("sentence.years", equalTo(10));
    }

    @Test
    void aNonCustodialSentenceIsBelowTheMinimum() {
        String caseId = fileInCourt();
        post("/api/v1/files/{id}/plea", Map.of("plea", "GUILTY", "recordedOn", "2026-04-21"), caseId).then().statusCode(200);
        post("/api/v1/files/{id}/judgment", Map.of("verdict", "CONVICTED", "deliveredOn", "2026-06-01",
                "sentence", Map.of("life", false, "nonCustodial", true)), caseId)
                .then().statusCode(200).body("belowStatutoryMinimum", equalTo(true))
                .body("sentence.nonCustodial", equalTo(true));
    }

    private static boolean opened(String caseId) {
        try (TopicReader reader = new TopicReader(PoliceFeed.bootstrapServers(), Topics.ODPP_CASE_EVENTS)) {
            return reader.recordsFor(caseId, 1, Duration.ofSeconds(30)).stream()
                    .anyMatch(r -> "ke.odpp.referral.received.v1".equals(TopicReader.header(r, CloudEventHeaders.TYPE)));
        }
    }

    static String referredAndAssigned(Offence offence) {
        PoliceFeed police = PoliceFeed.nairobi();
        police.referredCase(offence, 10, AgeBasis.BIRTH_DATE);
        awaitFile(police.caseId);
        put("/api/v1/files/{id}/prosecutor", Map.of("prosecutorRef", "prosecutor.nairobi"), police.caseId).then().statusCode(200);
        return police.caseId;
    }

    static String fileInCourt() {
        String caseId = referredAndAssigned(Offence.DEFILEMENT);
        post("/api/v1/files/{id}/charge", Map.of("evidentialTestMet", true, "publicInterestTestMet", true), caseId)
                .then().statusCode(200);
        post("/api/v1/files/{id}/court-filing", Map.of("courtStation", "Kibera Law Courts",
                "courtCaseNumber", "Sexual Offence Case No. E035 of 2026", "filedOn", "2026-04-20"), caseId)
                .then().statusCode(200);
        return caseId;
    }
}
