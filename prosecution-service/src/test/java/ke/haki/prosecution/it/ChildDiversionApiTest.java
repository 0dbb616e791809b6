package ke.haki.prosecution.it;

import static io.restassured.RestAssured.given;
import static ke.haki.prosecution.it.ProsecutionApi.awaitFile;
import static ke.haki.prosecution.it.ProsecutionApi.post;
import static ke.haki.prosecution.it.ProsecutionApi.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.odpp.DiversionConcluded;
import ke.haki.contract.odpp.DiversionRecorded;
import ke.haki.law.AgeBasis;
import ke.haki.law.Offence;
import ke.haki.law.ProhibitedClosure;
import ke.haki.testsupport.HakiInfrastructure;

/**
 * Diversion through the public API with the real database and broker: lawful for an accused who
 * was 17 at the offence (Children Act 2022), refused for one who was 18 (the 17/18 boundary).
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "prosecutor.nairobi", roles = "prosecutor")
@OidcSecurity(claims = { @Claim(key = "county_code", value = "047"), @Claim(key = "office_code", value = "ODPP-NRB") })
class ChildDiversionApiTest {

    private static final Map<String, Object> DIVERSION = Map.of("decidedOn", "2026-05-04",
            "programme", "Children's Department, Kibera: 6-month mentorship and counselling programme");

    static String assignedCase(int suspectAge) {
        PoliceFeed police = PoliceFeed.nairobi();
        police.referredCase(Offence.DEFILEMENT, 14, AgeBasis.BIRTH_DATE, suspectAge);
        awaitFile(police.caseId, f -> f.getList("suspects").size() == 1);
        put("/api/v1/files/{id}/prosecutor", Map.of("prosecutorRef", "prosecutor.nairobi"), police.caseId).then().statusCode(200);
        return police.caseId;
    }

    @Test
    void aChildAccusedIsDivertedAndTheDiversionIsFollowedToItsCompletion() {
        String caseId = assignedCase(17);
        JsonPath diverted = post("/api/v1/files/{id}/diversion", DIVERSION, caseId).then().statusCode(200)
                .body("status", equalTo("DIVERTED"))
                .body("divertedOn", equalTo("2026-05-04"))
                .body("diversionProgramme", containsString("mentorship"))
                .extract().jsonPath();
        // nothing else may happen to a diverted file but its end
        post("/api/v1/files/{id}/charge", Map.of("evidentialTestMet", true, "publicInterestTestMet", true), caseId)
                .then().statusCode(422).body("rule", equalTo("not-under-review"));
        post("/api/v1/files/{id}/diversion-outcome", Map.of("outcome", "COMPLETED", "concludedOn", "2026-11-04",
                "reason", "Programme completed; report of the children officer"), caseId)
                .then().statusCode(200).body("status", equalTo("DIVERSION_COMPLETED"))
                .body("diversionOutcome", equalTo("COMPLETED"))
                .body("version", equalTo(diverted.getInt("version") + 1));

        List<CaseEvent> events = ProsecutionFlowTest.odppEvents(caseId, List.of("ke.odpp.referral.received.v1",
                "ke.odpp.prosecutor.assigned.v1", "ke.odpp.diversion.recorded.v1", "ke.odpp.diversion.concluded.v1"));
        DiversionRecorded recorded = events.get(2).payloadAs(DiversionRecorded.class);
        assertThat(recorded.accusedRefs()).containsExactly("S1");
        assertThat(recorded.decidedOn()).hasToString("2026-05-04");
        assertThat(events.get(3).payloadAs(DiversionConcluded.class).outcome())
                .isEqualTo(DiversionConcluded.DiversionOutcome.COMPLETED);
        given().get("/api/v1/files/{id}/timeline", caseId).then().statusCode(200)
                .body("find { it.eventType == 'ke.odpp.diversion.recorded.v1' }.summary",
                        equalTo(recorded.summary()));
    }

    @Test
    void anAdultAccusedIsRefusedWithTheRuleAndStatuteAndTheAttemptIsPublished() {
        String caseId = assignedCase(18);
        JsonPath before = awaitFile(caseId);
        post("/api/v1/files/{id}/diversion", DIVERSION, caseId).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:haki:problem:prohibited-closure"))
                .body("rule", equalTo("SOA_NO_DIVERSION"))
                .body("statute", containsString("DPP letter of 15 February 2023"))
                .body("recordedAsComplianceEvent", equalTo(true));
        assertThat(awaitFile(caseId).getMap("$")).isEqualTo(before.getMap("$"));
        List<CaseEvent> events = ProsecutionFlowTest.odppEvents(caseId, List.of("ke.odpp.referral.received.v1",
                "ke.odpp.prosecutor.assigned.v1", "ke.odpp.closure-attempt.refused.v1"));
        assertThat(events.get(2).payloadAs(ClosureAttemptRefused.class).attemptedAction())
                .isEqualTo(ProhibitedClosure.DIVERSION);
    }

    @Test
    void aChildWhoseAgeThePoliceDidNotRecordIsJudgedAsAnAdult() {
        PoliceFeed police = PoliceFeed.nairobi();
        police.referredCase(Offence.DEFILEMENT, 14, AgeBasis.BIRTH_DATE, null);
        awaitFile(police.caseId);
        post("/api/v1/files/{id}/diversion", DIVERSION, police.caseId).then().statusCode(422)
                .body("rule", equalTo("SOA_NO_DIVERSION"));
    }

    @Test
    void aFailedDiversionResumesTheProsecutionInCourt() {
        String caseId = assignedCase(16);
        post("/api/v1/files/{id}/charge", Map.of("evidentialTestMet", true, "publicInterestTestMet", true), caseId)
                .then().statusCode(200);
        post("/api/v1/files/{id}/court-filing", Map.of("courtStation", "Kibera Law Courts",
                "courtCaseNumber", "Sexual Offence Case No. E041 of 2026", "filedOn", "2026-04-20"), caseId)
                .then().statusCode(200);
        post("/api/v1/files/{id}/diversion", Map.of("programme", "Children's Department"), caseId).then().statusCode(400)
                .body("violations[0].field", equalTo("decidedOn"));
        post("/api/v1/files/{id}/diversion", DIVERSION, caseId).then().statusCode(200).body("status", equalTo("DIVERTED"));
        post("/api/v1/files/{id}/diversion-outcome", Map.of("outcome", "FAILED", "concludedOn", "2026-06-10",
                "reason", "The child left the programme"), caseId)
                .then().statusCode(200).body("status", equalTo("IN_COURT")).body("diversionOutcome", equalTo("FAILED"));
        post("/api/v1/files/{id}/diversion-outcome", Map.of("outcome", "COMPLETED", "concludedOn", "2026-06-11",
                "reason", "again"), caseId)
                .then().statusCode(422).body("rule", equalTo("not-diverted"));
        post("/api/v1/files/{id}/plea", Map.of("plea", "NOT_GUILTY", "recordedOn", "2026-06-12"), caseId).then().statusCode(200);
    }
}
