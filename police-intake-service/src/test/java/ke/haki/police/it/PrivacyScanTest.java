package ke.haki.police.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

import ke.haki.contract.Topics;
import ke.haki.testsupport.EventSchemas;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.PrivacyScan;
import ke.haki.testsupport.TopicReader;

/**
 * Everything the service published in this test JVM (every record, key and header on its topic and
 * its dead-letter topic) conforms to the contract's schemas and carries none of the child's
 * identity, nor the suspect's name; nor does the service's log.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "officer.nairobi", roles = "police-officer")
@OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
class PrivacyScanTest {

    private static final List<String> IDENTITY = List.of(PoliceApi.VICTIM_NAME, PoliceApi.GUARDIAN_NAME,
            PoliceApi.GUARDIAN_PHONE, PoliceApi.BIRTH_DATE, PoliceApi.ADDRESS, PoliceApi.SUSPECT_NAME, "Fictional");

    @Test
    void noPublishedEventHeaderOrLogLineCarriesIdentityAndEveryEventFollowsItsSchema() throws IOException {
        String caseId = PoliceApi.referredCase();
        PoliceApi.post("/api/v1/cases/{id}/closure", Map.of("reason", "MASLAHA", "note", "elders met the family of "
                + PoliceApi.VICTIM_NAME), caseId).then().statusCode(422);
        try (TopicReader nps = new TopicReader(PoliceApi.bootstrapServers(), Topics.NPS_CASE_EVENTS)) {
            nps.recordsFor(caseId, 5, Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> all = nps.drain();
            assertThat(all).hasSizeGreaterThanOrEqualTo(5);
            for (ConsumerRecord<String, String> record : all) {
                String text = TopicReader.asText(record);
                IDENTITY.forEach(secret -> assertThat(text).doesNotContain(secret));
                assertThat(EventSchemas.violations(record)).as(text).isEmpty();
            }
        }
        try (TopicReader dlq = new TopicReader(PoliceApi.bootstrapServers(), Topics.POLICE_INTAKE_DLQ)) {
            for (ConsumerRecord<String, String> record : dlq.drain()) {
                IDENTITY.forEach(secret -> assertThat(TopicReader.asText(record)).doesNotContain(secret));
            }
        }
        Path log = Path.of("target/quarkus-test.log");
        assertThat(log).exists();
        String logText = Files.readString(log);
        IDENTITY.forEach(secret -> assertThat(logText).doesNotContain(secret));
    }

    /**
     * Names the police record and keep (ADR 0005), and the notes of a re-submission and of a closure
     * (refused and lawful): they must not travel, whatever else the suites did.
     */
    static final String FACILITY_NAME = "Privacy-Scan Fictional Hospital";
    static final String COURT_NAME = "Privacy-Scan Fictional Law Courts";

    @Test
    void everyTopicLogLineAndAuditRowIsFreeOfIdentityAndOfTheWordsThePoliceKeep() {
        String caseId = PoliceApi.referredCase();
        String ref = PoliceApi.post("/api/v1/cases/{id}/suspects", Map.of("fullName", PoliceApi.SUSPECT_NAME + " Junior",
                "ageYears", 30, "relationshipToVictim", "NEIGHBOUR"), caseId).then().statusCode(201).extract().path("suspectRef");
        PoliceApi.post("/api/v1/cases/{id}/suspects/{ref}/arrest", Map.of("arrestedAt", "2026-04-10T09:00:00Z"), caseId, ref)
                .then().statusCode(200);
        PoliceApi.post("/api/v1/cases/{id}/suspects/{ref}/arraignment", Map.of("arraignedAt", "2026-04-11T07:00:00Z",
                "courtStation", COURT_NAME, "courtCode", "KIBERA"), caseId, ref).then().statusCode(200)
                .body("arraignmentCourt", org.hamcrest.Matchers.equalTo(COURT_NAME));
        PoliceApi.post("/api/v1/cases/{id}/medical-evidence", Map.of("form", "P3", "examinedOn", "2026-04-10",
                "facility", FACILITY_NAME, "facilityCode", "13023"), caseId).then().statusCode(201);
        PoliceApi.post("/api/v1/cases/{id}/medical-evidence", Map.of("form", "PRC", "examinedOn", "2026-04-10",
                "facility", FACILITY_NAME), caseId).then().statusCode(201);
        List<String> forbidden = new java.util.ArrayList<>(IDENTITY);
        forbidden.addAll(List.of(FACILITY_NAME, COURT_NAME, CaseNoteTest.RESUBMISSION_NOTE, CaseNoteTest.CLOSURE_NOTE,
                CaseNoteTest.REFUSED_NOTE, "Wanjiru", "Mwangi", "Kamau"));
        String returned = CaseNoteTest.returnedCase();
        PoliceApi.post("/api/v1/cases/{id}/resubmission", Map.of("directionsAnswered", 1, "note",
                CaseNoteTest.RESUBMISSION_NOTE), returned).then().statusCode(200);
        PoliceApi.post("/api/v1/cases/{id}/closure", Map.of("reason", "MASLAHA", "note", CaseNoteTest.REFUSED_NOTE), returned)
                .then().statusCode(422);
        PoliceApi.post("/api/v1/cases/{id}/closure", Map.of("reason", "SUSPECT_DECEASED", "note", CaseNoteTest.CLOSURE_NOTE),
                returned).then().statusCode(200);
        try (TopicReader nps = new TopicReader(PoliceApi.bootstrapServers(), Topics.NPS_CASE_EVENTS)) {
            assertThat(nps.recordsFor(returned, 7, Duration.ofSeconds(30))).as("report to closure, notes sent with three")
                    .hasSize(7);
        }
        try (TopicReader nps = new TopicReader(PoliceApi.bootstrapServers(), Topics.NPS_CASE_EVENTS)) {
            List<ConsumerRecord<String, String>> mine = nps.recordsFor(caseId, 9, Duration.ofSeconds(30));
            assertThat(mine).extracting(r -> ke.haki.contract.EventCodec.fromJson(r.value()).payload())
                    .filteredOn(ke.haki.contract.nps.MedicalEvidenceRecorded.class::isInstance)
                    .extracting(p -> ((ke.haki.contract.nps.MedicalEvidenceRecorded) p).facilityCode())
                    .containsExactly("13023", null);
        }
        PrivacyScan scan = new PrivacyScan(forbidden)
                .topics(PoliceApi.bootstrapServers(), java.util.Set.of(Topics.NPS_CASE_EVENTS))
                .log(Path.of("target/quarkus-test.log"))
                .auditRowsOfTheServiceUnderTest();
        assertThat(scan.records()).as("records scanned").isGreaterThanOrEqualTo(10);
        assertThat(scan.auditRows()).as("audit rows scanned").isPositive();
        assertThat(scan.findings()).isEmpty();
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        PrivacyScan scan = new PrivacyScan(List.of(COURT_NAME)).text("sample", "arraigned at " + COURT_NAME.toUpperCase());
        assertThat(scan.findings()).singleElement().asString().contains("sample");
    }
}
