package ke.haki.police.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import ke.haki.contract.odpp.ReferralReceived;
import ke.haki.contract.odpp.ReturnedForInvestigation;
import ke.haki.police.crypto.SensitiveText;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.TopicWriter;

/**
 * The note sent with a closure or a re-submission is kept (issue 15): ciphertext in the database,
 * shown to the police beside its event on the case's timeline. That it is on no topic, log line or
 * audit row is {@link PrivacyScanTest}'s.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "officer.nairobi", roles = "police-officer")
@OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
class CaseNoteTest {

    static final String RESUBMISSION_NOTE = "Teacher Fictional-Wanjiru's statement recorded at the school";
    static final String CLOSURE_NOTE = "Elder Fictional-Mwangi confirmed the suspect died on 3 May";
    static final String REFUSED_NOTE = "Fictional-Kamau's family offered goats";

    @Inject
    EntityManager em;

    /** A referred case that ODPP returned for further investigation. */
    static String returnedCase() {
        String caseId = PoliceApi.referredCase();
        try (TopicWriter odpp = new TopicWriter(PoliceApi.bootstrapServers())) {
            odpp.publish(OdppEventsTest.event(caseId, 1, new ReferralReceived("ODPP/047/2026/000077", "ODPP-NRB", 1)));
            odpp.publish(OdppEventsTest.event(caseId, 2, new ReturnedForInvestigation("ODPP/047/2026/000077",
                    List.of("Record the teacher's statement"), LocalDate.parse("2026-05-10"))));
        }
        OdppEventsTest.awaitStatus(caseId, "RETURNED_FOR_INVESTIGATION");
        return caseId;
    }

    @Test
    void theNotesOfAResubmissionAndAClosureAreCiphertextAndShownBesideTheirEvents() {
        String caseId = returnedCase();
        PoliceApi.post("/api/v1/cases/{id}/resubmission", Map.of("directionsAnswered", 1, "note", RESUBMISSION_NOTE), caseId)
                .then().statusCode(200);
        PoliceApi.post("/api/v1/cases/{id}/closure", Map.of("reason", "SUSPECT_DECEASED", "note", CLOSURE_NOTE), caseId)
                .then().statusCode(200);

        List<String> stored = rawNotes(caseId);
        assertThat(stored).hasSize(2).allSatisfy(s -> assertThat(s).startsWith(SensitiveText.PREFIX)
                .doesNotContain("Fictional").doesNotContain("Wanjiru").doesNotContain("Mwangi").doesNotContain("statement"));

        assertThat(notesOnTheTimeline(caseId)).containsEntry("ke.nps.case.resubmitted.v1", RESUBMISSION_NOTE)
                .containsEntry("ke.nps.case.closed.v1", CLOSURE_NOTE)
                .containsEntry("ke.nps.case.referred.v1", "none");
    }

    @Test
    void theNoteOfARefusedClosureIsKeptBesideTheRefusal() {
        String caseId = PoliceApi.referredCase();
        PoliceApi.post("/api/v1/cases/{id}/closure", Map.of("reason", "MASLAHA", "note", REFUSED_NOTE), caseId)
                .then().statusCode(422);
        assertThat(rawNotes(caseId)).singleElement().asString().startsWith(SensitiveText.PREFIX).doesNotContain("Kamau");
        assertThat(notesOnTheTimeline(caseId)).containsEntry("ke.nps.closure-attempt.refused.v1", REFUSED_NOTE);
    }

    @Test
    void aClosureWithoutANoteKeepsNone() {
        String caseId = PoliceApi.referredCase();
        PoliceApi.post("/api/v1/cases/{id}/closure", Map.of("reason", "DUPLICATE_REPORT", "note", " "), caseId)
                .then().statusCode(200);
        assertThat(rawNotes(caseId)).isEmpty();
        assertThat(notesOnTheTimeline(caseId)).containsEntry("ke.nps.case.closed.v1", "none");
    }

    /** The note of each event type on the case's timeline ("none" where it has none). */
    private static Map<String, String> notesOnTheTimeline(String caseId) {
        List<Map<String, Object>> entries = given().get("/api/v1/cases/{id}/timeline", caseId).then().statusCode(200)
                .extract().jsonPath().getList("$");
        Map<String, String> notes = new java.util.HashMap<>();
        entries.forEach(e -> notes.put((String) e.get("eventType"), e.get("note") == null ? "none" : (String) e.get("note")));
        return notes;
    }

    @SuppressWarnings("unchecked")
    private List<String> rawNotes(String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select note from case_note where case_id = ?1 order by id").setParameter(1, caseId).getResultList());
    }
}
