package ke.haki.police.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
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
import io.restassured.http.ContentType;

import ke.haki.police.crypto.SensitiveText;
import ke.haki.police.crypto.SensitiveTextBackfill;
import ke.haki.police.repository.InvestigationUpdateEntity;
import ke.haki.police.repository.PoliceCaseEntity;
import ke.haki.testsupport.HakiInfrastructure;

/**
 * Suspect names, the place of the offence and investigation notes are ciphertext in the database
 * (issue 15 item 6), read back as text through the service, and rows written before encryption are
 * encrypted at start-up.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "officer.nairobi", roles = "police-officer")
@OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
class SensitiveTextTest {

    private static final String PLACE = "Plot 4 Fictional Close, Kilimani";
    private static final String NOTE = "Neighbour Fictional-Witness saw the suspect at the gate";

    @Inject
    EntityManager em;

    @Inject
    SensitiveTextBackfill backfill;

    @Test
    void theSuspectsNameThePlaceAndTheNotesAreCiphertextInTheDatabaseAndTextToTheService() {
        Map<String, Object> body = new HashMap<>(PoliceApi.newCase());
        body.put("offencePlace", PLACE);
        String caseId = given().contentType(ContentType.JSON).body(body).post("/api/v1/cases").then().statusCode(201)
                .extract().path("caseId");
        given().contentType(ContentType.JSON).body(Map.of("fullName", PoliceApi.SUSPECT_NAME, "ageYears", 34,
                "relationshipToVictim", "NEIGHBOUR")).post("/api/v1/cases/{id}/suspects", caseId).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("step", "WITNESS_INTERVIEWED", "note", NOTE))
                .post("/api/v1/cases/{id}/investigation-updates", caseId).then().statusCode(201);

        String place = raw("select offence_place from police_case where case_id = ?1", caseId);
        String name = raw("select full_name from suspect where case_id = ?1", caseId);
        String note = raw("select note from investigation_update where case_id = ?1", caseId);
        for (String stored : List.of(place, name, note)) {
            assertThat(stored).startsWith(SensitiveText.PREFIX)
                    .doesNotContain("Fictional").doesNotContain("Kilimani").doesNotContain("Otieno");
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.find(PoliceCaseEntity.class, caseId).offencePlace))
                .isEqualTo(PLACE);
        given().get("/api/v1/cases/{id}/suspects", caseId).then().statusCode(200)
                .body("[0].fullName", equalTo(PoliceApi.SUSPECT_NAME));
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from InvestigationUpdateEntity where caseId = ?1", InvestigationUpdateEntity.class)
                .setParameter(1, caseId).getSingleResult().note)).isEqualTo(NOTE);
    }

    @Test
    void aCiphertextMovedToAnotherColumnDoesNotDecrypt() {
        String caseId = PoliceApi.register();
        given().contentType(ContentType.JSON).body(Map.of("fullName", PoliceApi.SUSPECT_NAME, "ageYears", 34,
                "relationshipToVictim", "NEIGHBOUR")).post("/api/v1/cases/{id}/suspects", caseId).then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update police_case set offence_place = (select full_name from suspect where case_id = ?1) where case_id = ?1""")
                .setParameter(1, caseId).executeUpdate());
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() ->
                    em.find(PoliceCaseEntity.class, caseId).offencePlace)).hasStackTraceContaining("cannot decrypt");
        } finally {
            // the shared database keeps no case that cannot be read
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update police_case set offence_place = ?1 where case_id = ?2")
                    .setParameter(1, new SensitiveText.OffencePlace().encrypt(PLACE)).setParameter(2, caseId).executeUpdate());
        }
    }

    @Test
    void textWrittenBeforeEncryptionIsEncryptedAtStartUp() {
        String caseId = PoliceApi.register();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update police_case set offence_place = ?1 where case_id = ?2").setParameter(1, PLACE)
                .setParameter(2, caseId).executeUpdate());
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.find(PoliceCaseEntity.class, caseId).offencePlace))
                .as("a row of before encryption reads as it is").isEqualTo(PLACE);

        assertThat(backfill.encryptPlaintext()).isGreaterThanOrEqualTo(1);
        assertThat(raw("select offence_place from police_case where case_id = ?1", caseId))
                .startsWith(SensitiveText.PREFIX).doesNotContain("Kilimani");
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.find(PoliceCaseEntity.class, caseId).offencePlace))
                .isEqualTo(PLACE);
        assertThat(backfill.encryptPlaintext()).as("nothing left to encrypt").isZero();
    }

    private String raw(String sql, String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(sql)
                .setParameter(1, caseId).getSingleResult());
    }
}
