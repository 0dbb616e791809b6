package ke.haki.prosecution.it;

import static ke.haki.prosecution.it.ProsecutionApi.awaitFile;
import static ke.haki.prosecution.it.ProsecutionApi.post;
import static ke.haki.prosecution.it.ProsecutionApi.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.EventCodec;
import ke.haki.contract.Topics;
import ke.haki.contract.odpp.AppealFiled;
import ke.haki.contract.odpp.ChargeApproved;
import ke.haki.contract.odpp.ReturnedForInvestigation;
import ke.haki.law.AgeBasis;
import ke.haki.law.Offence;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.PrivacyScan;
import ke.haki.testsupport.TopicReader;

/**
 * No free text on any topic (ADR 0005): the prosecutor's directions, override reason and ruling
 * reference, and the names of courts, stay in this service. Everything on every topic, the log and
 * the audit rows of this suite are free of them, and each ODPP event fills no withdrawn field.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "prosecutor.nairobi", roles = "prosecutor")
@OidcSecurity(claims = { @Claim(key = "county_code", value = "047"), @Claim(key = "office_code", value = "ODPP-NRB"),
        @Claim(key = "agency", value = "ODPP") })
class PrivacyScanTest {

    static final String DIRECTION = "Privacy-scan direction: record the statement of the fictional aunt";
    static final String OVERRIDE = "Privacy-scan override: penetration not proved by the fictional P3";
    static final String COURT = "Privacy-Scan Fictional Law Courts";
    static final String APPEAL_COURT = "Privacy-Scan Fictional High Court";
    static final String RULING = "Privacy-scan ruling of the fictional magistrate";

    @Test
    void theProsecutorsWordsStayHereAndEveryTopicLogLineAndAuditRowIsFreeOfThem() {
        PoliceFeed police = PoliceFeed.nairobi();
        police.referredCase(Offence.DEFILEMENT, 13, AgeBasis.BIRTH_DATE);
        String caseId = police.caseId;
        awaitFile(caseId);
        put("/api/v1/files/{id}/prosecutor", Map.of("prosecutorRef", "prosecutor.nairobi"), caseId).then().statusCode(200);
        post("/api/v1/files/{id}/return-for-investigation", Map.of("directions", List.of(DIRECTION, "Trace the suspect"),
                "directionCodes", List.of("RECORD_WITNESS_STATEMENT", "TRACE_OR_ARREST_SUSPECT"),
                "respondBy", LocalDate.now().plusDays(30).toString()), caseId)
                .then().statusCode(200).body("directions[0]", equalTo(DIRECTION))
                .body("directionCodes", equalTo(List.of("RECORD_WITNESS_STATEMENT", "TRACE_OR_ARREST_SUSPECT")));
        post("/api/v1/files/{id}/return-for-investigation", Map.of("directions", List.of("one"),
                "directionCodes", List.of("OTHER", "OTHER"), "respondBy", LocalDate.now().plusDays(30).toString()), caseId)
                .then().statusCode(400);
        police.resubmitted(2);
        awaitFile(caseId, f -> "UNDER_REVIEW".equals(f.getString("status")) && f.getInt("referralNumber") == 2);
        post("/api/v1/files/{id}/charge", Map.of("evidentialTestMet", true, "publicInterestTestMet", true,
                "counts", List.of(Map.of("statute", "s.11(1) Sexual Offences Act", "alternative", false)),
                "overrideReason", OVERRIDE, "overrideReasonCode", "EVIDENCE_SUPPORTS_LESSER_OFFENCE"), caseId)
                .then().statusCode(200).body("overrideReason", equalTo(OVERRIDE))
                .body("overrideReasonCode", equalTo("EVIDENCE_SUPPORTS_LESSER_OFFENCE"));
        post("/api/v1/files/{id}/court-filing", Map.of("courtStation", COURT, "courtCode", "Milimani Law Courts",
                "courtCaseNumber", "Sexual Offence Case No. E201 of 2026", "filedOn", "2026-05-02"), caseId)
                .then().statusCode(400);
        post("/api/v1/files/{id}/court-filing", Map.of("courtStation", COURT, "courtCode", "MILIMANI",
                "courtCaseNumber", "Sexual Offence Case No. E201 of 2026", "filedOn", "2026-05-02"), caseId)
                .then().statusCode(200).body("courtStation", equalTo(COURT));
        post("/api/v1/files/{id}/plea", Map.of("plea", "NOT_GUILTY", "recordedOn", "2026-05-03"), caseId).then().statusCode(200);
        post("/api/v1/files/{id}/judgment", Map.of("verdict", "ACQUITTED", "deliveredOn", "2026-08-14"), caseId)
                .then().statusCode(200);
        post("/api/v1/files/{id}/appeals", Map.of("appellant", "PROSECUTION", "appealCourt", APPEAL_COURT,
                "appealCourtCode", "HCNRB", "filedOn", "2026-08-28"), caseId).then().statusCode(201)
                .body("appealCourt", equalTo(APPEAL_COURT));

        PoliceFeed second = PoliceFeed.nairobi();
        second.referredCase(Offence.DEFILEMENT, 13, AgeBasis.BIRTH_DATE);
        awaitFile(second.caseId);
        put("/api/v1/files/{id}/prosecutor", Map.of("prosecutorRef", "prosecutor.nairobi"), second.caseId).then().statusCode(200);
        post("/api/v1/files/{id}/charge", Map.of("evidentialTestMet", true, "publicInterestTestMet", true), second.caseId)
                .then().statusCode(200);
        post("/api/v1/files/{id}/court-filing", Map.of("courtStation", COURT, "courtCaseNumber",
                "Sexual Offence Case No. E202 of 2026", "filedOn", "2026-05-02"), second.caseId).then().statusCode(200);
        post("/api/v1/files/{id}/termination", Map.of("ending", "DISCONTINUANCE_WITH_COURT_PERMISSION",
                "endedOn", "2026-06-01", "rulingReference", RULING), second.caseId)
                .then().statusCode(200).body("rulingReference", equalTo(RULING));

        try (TopicReader odpp = new TopicReader(PoliceFeed.bootstrapServers(), Topics.ODPP_CASE_EVENTS)) {
            List<CaseEvent> events = odpp.recordsFor(caseId, 9, Duration.ofSeconds(30)).stream()
                    .map(r -> EventCodec.fromJson(r.value())).toList();
            assertThat(events).extracting(CaseEvent::payload).filteredOn(ReturnedForInvestigation.class::isInstance)
                    .singleElement().satisfies(p -> assertThat(((ReturnedForInvestigation) p).directionCodes()).containsExactly(
                            ReturnedForInvestigation.Direction.RECORD_WITNESS_STATEMENT,
                            ReturnedForInvestigation.Direction.TRACE_OR_ARREST_SUSPECT));
            assertThat(events).extracting(CaseEvent::payload).filteredOn(ChargeApproved.class::isInstance)
                    .singleElement().satisfies(p -> assertThat(((ChargeApproved) p).overrideReasonCode())
                            .isEqualTo(ChargeApproved.OverrideReason.EVIDENCE_SUPPORTS_LESSER_OFFENCE));
            assertThat(events).extracting(CaseEvent::payload).filteredOn(AppealFiled.class::isInstance)
                    .singleElement().satisfies(p -> assertThat(((AppealFiled) p).appealCourtCode()).isEqualTo("HCNRB"));
        }
        PrivacyScan scan = new PrivacyScan(List.of(DIRECTION, OVERRIDE, COURT, APPEAL_COURT, RULING, "fictional aunt"))
                .topics(PoliceFeed.bootstrapServers(), Set.of(Topics.ODPP_CASE_EVENTS))
                .log(Path.of("target/quarkus-test.log"))
                .auditRowsOfTheServiceUnderTest();
        assertThat(scan.records()).as("records scanned").isGreaterThanOrEqualTo(14);
        assertThat(scan.auditRows()).as("audit rows scanned").isPositive();
        assertThat(scan.findings()).isEmpty();
    }
}
