package ke.haki.prosecution.it;

import static io.restassured.RestAssured.given;
import static ke.haki.prosecution.it.ProsecutionApi.awaitFile;
import static ke.haki.prosecution.it.ProsecutionApi.post;
import static ke.haki.prosecution.it.ProsecutionApi.put;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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

import ke.haki.contract.CaseEvent;
import ke.haki.contract.EventCodec;
import ke.haki.contract.Topics;
import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.contract.nps.CaseClosedByPolice.PoliceClosureReason;
import ke.haki.contract.nps.InvestigationUpdated;
import ke.haki.contract.nps.SuspectArraigned;
import ke.haki.contract.nps.SuspectRecorded;
import ke.haki.law.AgeBasis;
import ke.haki.law.Offence;
import ke.haki.law.SuspectRelationship;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.TopicReader;

/**
 * Police events out of lifecycle order, published on the real NPS topic: each lands in the
 * prosecution service's dead-letter topic with its reason, and the file and its timeline are unchanged.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "prosecutor.nairobi", roles = "prosecutor")
@OidcSecurity(claims = { @Claim(key = "county_code", value = "047"), @Claim(key = "office_code", value = "ODPP-NRB") })
class OutOfOrderPoliceEventsTest {

    /** The dead letter of this event (the topic also holds other tests' records, some not events at all). */
    private static boolean isOf(ConsumerRecord<String, String> record, CaseEvent event) {
        return event.caseId().equals(record.key()) && EventCodec.fromJson(record.value()).eventId().equals(event.eventId());
    }

    private static String deadLetterReason(CaseEvent event) {
        try (TopicReader dlq = new TopicReader(PoliceFeed.bootstrapServers(), Topics.PROSECUTION_DLQ)) {
            List<ConsumerRecord<String, String>> dead = dlq.readUntil(all -> all.stream()
                    .anyMatch(r -> isOf(r, event)), Duration.ofSeconds(30));
            ConsumerRecord<String, String> record = dead.stream()
                    .filter(r -> isOf(r, event)).findFirst()
                    .orElseThrow(() -> new AssertionError("no dead letter for " + event.type().typeName()));
            return TopicReader.header(record, "dead-letter-reason");
        }
    }

    private static List<String> timeline(String caseId) {
        return given().get("/api/v1/files/{id}/timeline", caseId).then().statusCode(200).extract().jsonPath()
                .getList("eventId", String.class);
    }

    @Test
    void aPoliceClosureOfACaseInCourtIsADeadLetterAndTheFileStaysInCourt() {
        PoliceFeed police = PoliceFeed.nairobi();
        police.referredCase(Offence.DEFILEMENT, 12, AgeBasis.BIRTH_DATE);
        awaitFile(police.caseId);
        put("/api/v1/files/{id}/prosecutor", Map.of("prosecutorRef", "prosecutor.nairobi"), police.caseId).then().statusCode(200);
        post("/api/v1/files/{id}/charge", Map.of("evidentialTestMet", true, "publicInterestTestMet", true), police.caseId)
                .then().statusCode(200);
        post("/api/v1/files/{id}/court-filing", Map.of("courtStation", "Kibera Law Courts",
                "courtCaseNumber", "Sexual Offence Case No. E051 of 2026", "filedOn", "2026-04-20"), police.caseId)
                .then().statusCode(200);
        JsonPath before = awaitFile(police.caseId);
        List<String> timelineBefore = timeline(police.caseId);

        CaseEvent closure = police.publish(new CaseClosedByPolice(PoliceClosureReason.NO_OFFENCE_DISCLOSED));
        assertThat(deadLetterReason(closure)).contains("does not fit case " + police.caseId)
                .contains("IN_COURT").contains("can no longer close it");
        CaseEvent later = police.publish(new InvestigationUpdated(InvestigationUpdated.InvestigationStep.OTHER));
        awaitFile(police.caseId, f -> timeline(police.caseId).contains(later.eventId().toString()));
        assertThat(awaitFile(police.caseId).getMap("$")).isEqualTo(before.getMap("$"));
        assertThat(timeline(police.caseId)).doesNotContain(closure.eventId().toString())
                .containsAll(timelineBefore);
    }

    @Test
    void anArraignmentOfASuspectNeverArrestedAndAReferralAfterThePoliceClosedAreDeadLetters() {
        PoliceFeed police = PoliceFeed.nairobi();
        police.publish(police.reported(Offence.DEFILEMENT));
        police.publish(new SuspectRecorded("S2", 30, SuspectRelationship.STRANGER));
        CaseEvent arraigned = police.publish(new SuspectArraigned("S2", Instant.parse("2026-04-11T08:00:00Z"),
                "Kibera Law Courts", true));
        assertThat(deadLetterReason(arraigned)).contains("never arrested");

        police.publish(new CaseClosedByPolice(PoliceClosureReason.DUPLICATE_REPORT));
        CaseEvent referral = police.publish(new ke.haki.contract.nps.CaseReferred(1, PoliceFeed.OFFICE, Offence.DEFILEMENT,
                1, false));
        assertThat(deadLetterReason(referral)).contains("the police closed their file (DUPLICATE_REPORT)");
        given().get("/api/v1/files/{id}", police.caseId).then().statusCode(404);
    }
}
