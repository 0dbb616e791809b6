package ke.haki.prosecution.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import ke.haki.testsupport.EndpointMatrix;
import ke.haki.testsupport.EndpointMatrix.Call;
import ke.haki.testsupport.HakiInfrastructure;

/**
 * Every endpoint of the prosecution API against every role (docs/security.md): only prosecutors get
 * past the role check, no token is 401, and only auditors read the audit trail. Cross-county
 * scoping is shown in ProsecutionRulesApiTest.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RoleMatrixTest {

    private static final String NO_FILE = "00000000-0000-4000-8000-0000000f0000";

    static final List<Call> FILE_CALLS = List.of(
            Call.get("/api/v1/files/{id}"),
            Call.get("/api/v1/files/{id}/timeline"),
            Call.get("/api/v1/files/{id}/sittings"),
            Call.put("/api/v1/files/{id}/prosecutor", Map.of("prosecutorRef", "prosecutor.nairobi")),
            Call.post("/api/v1/files/{id}/charge", Map.of("evidentialTestMet", true, "publicInterestTestMet", true)),
            Call.post("/api/v1/files/{id}/no-charge", Map.of("reason", "INSUFFICIENT_EVIDENCE", "evidentialTestMet", false,
                    "publicInterestTestMet", true, "note", "no corroboration")),
            Call.post("/api/v1/files/{id}/return-for-investigation", Map.of("directions", List.of("Obtain the P3 form"),
                    "respondBy", java.time.LocalDate.now().plusDays(14).toString())),
            Call.post("/api/v1/files/{id}/court-filing", Map.of("courtStation", "Kibera Law Courts",
                    "courtCaseNumber", "Sexual Offence Case No. E035 of 2026", "filedOn", "2026-04-20")),
            Call.post("/api/v1/files/{id}/plea", Map.of("plea", "NOT_GUILTY", "recordedOn", "2026-04-21")),
            Call.post("/api/v1/files/{id}/sittings", Map.of("kind", "MENTION", "sittingDate", "2026-05-04", "adjourned", false)),
            Call.post("/api/v1/files/{id}/judgment", Map.of("verdict", "ACQUITTED", "deliveredOn", "2026-07-01")),
            Call.post("/api/v1/files/{id}/appeals", Map.of("appellant", "PROSECUTION", "appealCourt", "High Court at Nairobi",
                    "filedOn", "2026-07-10")),
            Call.post("/api/v1/files/{id}/appeal-decision", Map.of("outcome", "DISMISSED", "decidedOn", "2026-11-02")),
            Call.post("/api/v1/files/{id}/withdrawal", null),
            Call.post("/api/v1/files/{id}/nolle-prosequi", null),
            Call.post("/api/v1/files/{id}/plea-agreement", null),
            Call.post("/api/v1/files/{id}/diversion", null),
            Call.post("/api/v1/files/{id}/diversion-outcome", Map.of("outcome", "COMPLETED", "concludedOn", "2026-11-04",
                    "reason", "Programme completed")),
            Call.post("/api/v1/files/{id}/reconciliation", null));

    static final List<Call> ALL = EndpointMatrix.concat(FILE_CALLS, List.of(Call.get("/api/v1/files")));
    static final List<Call> AUDIT = List.of(Call.get("/api/v1/audit"));

    @Test
    void withoutATokenEveryCallIs401() {
        assertThat(EndpointMatrix.mismatches(EndpointMatrix.concat(ALL, AUDIT), NO_FILE, 401)).isEmpty();
    }

    @Test
    @TestSecurity(user = "officer.nairobi", roles = "police-officer")
    @OidcSecurity(claims = { @Claim(key = "county_code", value = "047"), @Claim(key = "station_code", value = "NRB-KILIMANI") })
    void aPoliceOfficerIsRefusedEverything() {
        assertThat(EndpointMatrix.mismatches(EndpointMatrix.concat(ALL, AUDIT), NO_FILE, 403)).isEmpty();
    }

    @Test
    @TestSecurity(user = "supervisor.nairobi", roles = "police-supervisor")
    @OidcSecurity(claims = { @Claim(key = "county_code", value = "047") })
    void aPoliceSupervisorIsRefusedEverything() {
        assertThat(EndpointMatrix.mismatches(EndpointMatrix.concat(ALL, AUDIT), NO_FILE, 403)).isEmpty();
    }

    @Test
    @TestSecurity(user = "monitor.ngec", roles = { "ngec-monitor", "ngec-national-monitor" })
    void anNgecMonitorIsRefusedEverything() {
        assertThat(EndpointMatrix.mismatches(EndpointMatrix.concat(ALL, AUDIT), NO_FILE, 403)).isEmpty();
    }

    @Test
    @TestSecurity(user = "admin.ngec", roles = "ngec-admin")
    void anNgecAdministratorIsRefusedEverything() {
        assertThat(EndpointMatrix.mismatches(EndpointMatrix.concat(ALL, AUDIT), NO_FILE, 403)).isEmpty();
    }

    @Test
    @TestSecurity(user = "auditor.ngec", roles = "auditor")
    void anAuditorReadsOnlyTheAuditTrail() {
        assertThat(EndpointMatrix.mismatches(ALL, NO_FILE, 403)).isEmpty();
        assertThat(EndpointMatrix.mismatches(AUDIT, NO_FILE, 200)).isEmpty();
    }

    @Test
    @TestSecurity(user = "prosecutor.nairobi", roles = "prosecutor")
    @OidcSecurity(claims = { @Claim(key = "county_code", value = "047"), @Claim(key = "office_code", value = "ODPP-NRB") })
    void aProsecutorPassesTheRoleCheckEverywhereButTheAuditTrail() {
        assertThat(EndpointMatrix.mismatches(FILE_CALLS, NO_FILE, 404)).isEmpty();
        assertThat(EndpointMatrix.mismatches(List.of(Call.get("/api/v1/files")), NO_FILE, 200)).isEmpty();
        assertThat(EndpointMatrix.mismatches(AUDIT, NO_FILE, 403)).isEmpty();
    }
}
