package ke.haki.prosecution.it;

import static io.restassured.RestAssured.given;
import static ke.haki.prosecution.it.ProsecutionApi.awaitFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.EventCodec;
import ke.haki.contract.Topics;
import ke.haki.law.AgeBand;
import ke.haki.law.AgeBasis;
import ke.haki.law.MedicalForm;
import ke.haki.law.Offence;
import ke.haki.law.Sex;
import ke.haki.contract.nps.CaseReferred;
import ke.haki.contract.nps.InvestigationUpdated;
import ke.haki.contract.nps.InvestigationUpdated.InvestigationStep;
import ke.haki.contract.nps.MedicalEvidenceRecorded;
import ke.haki.contract.nps.VictimRecorded;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.TopicReader;
import ke.haki.testsupport.TopicWriter;

/** The NPS consumer against the real broker: idempotent on redelivery, poison to the dead-letter topic. */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "prosecutor.nairobi", roles = "prosecutor")
@OidcSecurity(claims = { @Claim(key = "county_code", value = "047"), @Claim(key = "office_code", value = "ODPP-NRB") })
class NpsConsumerTest {

    private static final String DEAD_LETTER_REASON = "dead-letter-reason";

    @Test
    void aRedeliveredEventChangesNothing() {
        PoliceFeed police = PoliceFeed.nairobi();
        police.referredCase(Offence.DEFILEMENT, 14, AgeBasis.BIRTH_DATE);
        String caseId = police.caseId;
        JsonPath opened = awaitFile(caseId);
        String fileNumber = opened.getString("fileNumber");
        long version = opened.getLong("version");
        int timelineEntries = given().get("/api/v1/files/{id}/timeline", caseId).then().statusCode(200)
                .extract().jsonPath().getList("eventId").size();

        CaseEvent referral = police.published.get(5);
        CaseEvent medical = police.published.get(4);
        assertThat(referral.payload()).isInstanceOf(CaseReferred.class);
        assertThat(medical.payload()).isInstanceOf(MedicalEvidenceRecorded.class);
        police.republish(referral);
        police.republish(medical);
        // a later event of the same case (same key, same partition) is applied only after the redeliveries
        police.publish(new InvestigationUpdated(InvestigationStep.WITNESS_INTERVIEWED));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<String> types;
        do {
            types = given().get("/api/v1/files/{id}/timeline", caseId).then().extract().jsonPath().getList("eventType");
        } while (!types.contains("ke.nps.investigation.updated.v1") && System.nanoTime() < deadline && sleep());
        assertThat(types).contains("ke.nps.investigation.updated.v1");
        assertThat(types).hasSize(timelineEntries + 1);

        JsonPath after = awaitFile(caseId);
        assertThat(after.getString("fileNumber")).isEqualTo(fileNumber);
        assertThat(after.getLong("version")).isEqualTo(version);
        assertThat(after.getInt("medicalEvidence")).isEqualTo(1);
        assertThat(after.getInt("referralNumber")).isEqualTo(1);
        try (TopicReader reader = new TopicReader(PoliceFeed.bootstrapServers(), Topics.ODPP_CASE_EVENTS)) {
            reader.drain();
            assertThat(reader.recordsFor(caseId, 1, Duration.ofSeconds(1)))
                    .extracting(r -> TopicReader.header(r, CloudEventHeaders.TYPE))
                    .containsExactly("ke.odpp.referral.received.v1");
        }
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicWithTheReasonAndTheConsumerGoesOn() {
        String notJsonKey = "poison-" + UUID.randomUUID();
        String unknownCase = UUID.randomUUID().toString();
        PoliceFeed stranger = new PoliceFeed("NRB-KILIMANI", "047");
        CaseEvent orphan = CaseEvent.of(UUID.randomUUID(), unknownCase, 1, Instant.now(), stranger.station,
                new CaseReferred(1, PoliceFeed.OFFICE, Offence.DEFILEMENT, 1, false));
        PoliceFeed inconsistent = PoliceFeed.nairobi();
        inconsistent.publish(inconsistent.reported(Offence.DEFILEMENT));
        try (TopicWriter writer = new TopicWriter(PoliceFeed.bootstrapServers())) {
            writer.send(Topics.NPS_CASE_EVENTS, notJsonKey, "{this is not json", Map.of("ce_type", "ke.nps.case.referred.v1"));
            writer.publish(orphan);
        }
        // the police say 12 years but band "11 or under": the charge and the penalty depend on it, so it is refused
        inconsistent.publish(new VictimRecorded("V-AAAAA-BBBBB-CCCCC", 12, AgeBand.AGED_11_OR_UNDER, AgeBasis.DECLARED, Sex.FEMALE, false));

        PoliceFeed later = PoliceFeed.nairobi();
        later.referredCase(Offence.ATTEMPTED_DEFILEMENT, 16, AgeBasis.MEDICAL_ASSESSMENT); // aged 16: s.9(4) (the flat s.9(2) this used to expect was wrong in law)
        JsonPath file = awaitFile(later.caseId);
        assertThat(file.getString("proposedCounts[0].statute")).isEqualTo("s.9(1) as read with s.9(4) Sexual Offences Act");

        try (TopicReader dlq = new TopicReader(PoliceFeed.bootstrapServers(), Topics.PROSECUTION_DLQ)) {
            List<ConsumerRecord<String, String>> dead = dlq.readUntil(all -> all.size() >= 3
                    && all.stream().anyMatch(r -> notJsonKey.equals(r.key()))
                    && all.stream().anyMatch(r -> unknownCase.equals(r.key()))
                    && all.stream().anyMatch(r -> inconsistent.caseId.equals(r.key())), Duration.ofSeconds(30));
            ConsumerRecord<String, String> notJson = only(dead, notJsonKey);
            assertThat(notJson.value()).isEqualTo("{this is not json");
            assertThat(TopicReader.header(notJson, DEAD_LETTER_REASON)).contains("not JSON");
            ConsumerRecord<String, String> unknown = only(dead, unknownCase);
            assertThat(EventCodec.fromJson(unknown.value()).eventId()).isEqualTo(orphan.eventId());
            assertThat(TopicReader.header(unknown, DEAD_LETTER_REASON)).contains("unknown case " + unknownCase);
            assertThat(TopicReader.header(only(dead, inconsistent.caseId), DEAD_LETTER_REASON))
                    .contains("victim particulars inconsistent");
        }
        given().get("/api/v1/files/{id}", unknownCase).then().statusCode(404);
        // the refused victim record changed nothing: the case has no age on file
        inconsistent.publish(new CaseReferred(1, PoliceFeed.OFFICE, Offence.DEFILEMENT, 0, false));
        assertThat(awaitFile(inconsistent.caseId).getString("victimAgeBand")).isNull();
        inconsistent.publish(new MedicalEvidenceRecorded(MedicalForm.PRC, LocalDate.of(2026, 4, 10), "Kenyatta National Hospital"));
        awaitFile(inconsistent.caseId, f -> f.getInt("medicalEvidence") == 1);
    }

    private static ConsumerRecord<String, String> only(List<ConsumerRecord<String, String>> records, String key) {
        List<ConsumerRecord<String, String>> matching = records.stream().filter(r -> key.equals(r.key())).toList();
        assertThat(matching).as("dead letters with key " + key).hasSize(1);
        return matching.get(0);
    }

    private static boolean sleep() {
        ProsecutionApi.sleep(100);
        return true;
    }
}
