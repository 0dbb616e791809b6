package ke.haki.kit.it;

import static io.restassured.RestAssured.given;
import static ke.haki.kit.it.KitApp.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import ke.haki.testsupport.HakiInfrastructure;

/**
 * The audit trail's contract: a change and a read are recorded before the answer leaves, a refused
 * change leaves its refusal recorded and its write undone, a call security refuses is recorded too,
 * and the service's own database role cannot alter the trail.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "officer.kit", roles = "police-officer")
class AuditTest {

    private static final String ROW = "select account, outcome, http_status, case_id, roles from audit_event"
            + " where method = ? and path = ? order by id";

    @Test
    void aChangeAndAReadAreRecordedBeforeTheAnswerLeaves() {
        String caseId = KitApp.createCase();
        // no waiting: the row committed with the change, before the 201 was sent
        assertThat(rows("select account, outcome, http_status, roles from audit_event"
                + " where method = 'POST' and path = '/api/v1/cases' and case_id = ?", caseId))
                .containsExactly(List.of("officer.kit", "ALLOWED", 201, "police-officer"));
        given().get("/api/v1/cases/{id}", caseId).then().statusCode(200);
        assertThat(rows(ROW, "GET", "/api/v1/cases/" + caseId))
                .containsExactly(List.of("officer.kit", "ALLOWED", 200, caseId, "police-officer"));
    }

    @Test
    void aRefusedChangeIsRecordedAndItsWriteIsUndone() {
        String caseId = "KIT-" + UUID.randomUUID();
        given().post("/api/v1/cases/{id}/refusal", caseId).then().statusCode(422)
                .body("type", org.hamcrest.Matchers.equalTo("urn:haki:problem:kit-test-refusal"));
        assertThat(KitApp.count("select count(*) from kit_test_note where case_id = ?", caseId)).isZero();
        assertThat(rows(ROW, "POST", "/api/v1/cases/" + caseId + "/refusal"))
                .containsExactly(List.of("officer.kit", "REJECTED", 422, caseId, "police-officer"));
    }

    @Test
    @TestSecurity(user = "auditor.kit", roles = "auditor")
    void aCallSecurityRefusesIsRecordedAsDenied() {
        String text = "not for auditors " + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/v1/cases").then().statusCode(403);
        assertThat(KitApp.count("select count(*) from kit_test_note where text = ?", text)).isZero();
        // never reached a resource: written once the answer was sent
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(rows(
                "select outcome, http_status from audit_event where account = 'auditor.kit' and method = 'POST'"
                        + " and path = '/api/v1/cases'")).contains(List.of("DENIED", 403)));
    }

    @Test
    void theServiceRoleCannotChangeOrDeleteTheTrail() throws SQLException {
        KitApp.createCase();
        try (Connection c = KitApp.db().getConnection()) {
            assertThatThrownBy(() -> KitApp.update(c, "update audit_event set outcome = 'ALLOWED' where outcome <> 'ALLOWED'"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> KitApp.update(c, "delete from audit_event")).isInstanceOf(SQLException.class);
        }
        assertThat(KitApp.count("select count(*) from audit_event")).isPositive();
    }
}
