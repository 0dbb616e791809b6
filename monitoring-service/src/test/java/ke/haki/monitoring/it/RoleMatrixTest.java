package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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

import ke.haki.testsupport.EndpointMatrix;
import ke.haki.testsupport.EndpointMatrix.Call;
import ke.haki.testsupport.HakiInfrastructure;

/**
 * Every endpoint of the monitoring API against every role (docs/security.md): only NGEC monitors
 * get past the role check, and only with a scope (a county, or the national role); no token is
 * 401; only auditors read the audit trail, and only administrators may rebuild. County scoping of
 * monitors is shown in AlertApiTest. The rebuild is only ever sent by roles it refuses (RebuildTest
 * runs it as an administrator).
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RoleMatrixTest {

    private static final String NO_ID = "00000000-0000-4000-8000-00000000a1e7";

    static final List<Call> BY_ID = List.of(
            Call.get("/api/v1/alerts/{id}"),
            Call.post("/api/v1/alerts/{id}/acknowledge", Map.of("note", "seen")),
            Call.post("/api/v1/alerts/{id}/assign", Map.of("assignee", "monitor.kisii", "note", "yours")),
            Call.post("/api/v1/alerts/{id}/escalate", Map.of("note", "to the commissioner")),
            Call.post("/api/v1/alerts/{id}/resolve", Map.of("note", "called the OCS")),
            Call.get("/api/v1/cases/{id}"),
            Call.get("/api/v1/cases/{id}/timeline"),
            Call.get("/api/v1/cases/{id}/alerts"));

    static final List<Call> LISTS = List.of(
            Call.get("/api/v1/alerts"),
            Call.get("/api/v1/cases"),
            Call.get("/api/v1/statistics/counties"),
            Call.get("/api/v1/statistics/stations"));

    static final List<Call> REBUILD = List.of(Call.post("/api/v1/admin/projection/rebuild", null),
            Call.post("/api/v1/admin/projection/rebuilds", null), Call.get("/api/v1/admin/projection/rebuilds/{id}"));
    static final List<Call> AUDIT = List.of(Call.get("/api/v1/audit"));

    private static List<Call> all() {
        return EndpointMatrix.concat(EndpointMatrix.concat(BY_ID, LISTS), EndpointMatrix.concat(REBUILD, AUDIT));
    }

    @Test
    void withoutATokenEveryCallIs401() {
        assertThat(EndpointMatrix.mismatches(all(), NO_ID, 401)).isEmpty();
    }

    @Test
    @TestSecurity(user = "officer.nairobi", roles = "police-officer")
    @OidcSecurity(claims = { @Claim(key = "county_code", value = "047"), @Claim(key = "station_code", value = "NRB-KILIMANI") })
    void aPoliceOfficerIsRefusedEverything() {
        assertThat(EndpointMatrix.mismatches(all(), NO_ID, 403)).isEmpty();
    }

    @Test
    @TestSecurity(user = "supervisor.kisii", roles = "police-supervisor")
    @OidcSecurity(claims = { @Claim(key = "county_code", value = "045") })
    void aPoliceSupervisorIsRefusedEverything() {
        assertThat(EndpointMatrix.mismatches(all(), NO_ID, 403)).isEmpty();
    }

    @Test
    @TestSecurity(user = "prosecutor.nairobi", roles = "prosecutor")
    @OidcSecurity(claims = { @Claim(key = "county_code", value = "047") })
    void aProsecutorIsRefusedEverything() {
        assertThat(EndpointMatrix.mismatches(all(), NO_ID, 403)).isEmpty();
    }

    @Test
    @TestSecurity(user = "auditor.ngec", roles = "auditor")
    void anAuditorReadsOnlyTheAuditTrail() {
        assertThat(EndpointMatrix.mismatches(EndpointMatrix.concat(EndpointMatrix.concat(BY_ID, LISTS), REBUILD), NO_ID, 403))
                .isEmpty();
        assertThat(EndpointMatrix.mismatches(AUDIT, NO_ID, 200)).isEmpty();
    }

    @Test
    @TestSecurity(user = "monitor.ngec", roles = { "ngec-monitor", "ngec-national-monitor" })
    void aNationalMonitorPassesTheRoleCheckEverywhereButTheAuditTrailAndTheRebuild() {
        assertThat(EndpointMatrix.mismatches(BY_ID, NO_ID, 404)).isEmpty();
        assertThat(EndpointMatrix.mismatches(LISTS, NO_ID, 200)).isEmpty();
        assertThat(EndpointMatrix.mismatches(EndpointMatrix.concat(REBUILD, AUDIT), NO_ID, 403)).isEmpty();
    }

    @Test
    @TestSecurity(user = "monitor.kisii", roles = "ngec-monitor")
    @OidcSecurity(claims = @Claim(key = "county_code", value = "045"))
    void aCountyMonitorPassesTheRoleCheckEverywhereButTheAuditTrailAndTheRebuild() {
        assertThat(EndpointMatrix.mismatches(BY_ID, NO_ID, 404)).isEmpty();
        assertThat(EndpointMatrix.mismatches(LISTS, NO_ID, 200)).isEmpty();
        assertThat(EndpointMatrix.mismatches(EndpointMatrix.concat(REBUILD, AUDIT), NO_ID, 403)).isEmpty();
    }

    /** An account made by hand with the monitor role but neither a county nor the national role: fails closed. */
    @Test
    @TestSecurity(user = "monitor.unscoped", roles = "ngec-monitor")
    void aMonitorWithoutCountyOrNationalRoleIsRefusedEverything() {
        assertThat(EndpointMatrix.mismatches(all(), NO_ID, 403)).isEmpty();
        given().get("/api/v1/alerts").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:haki:problem:monitoring-scope-missing"));
        given().get("/api/v1/cases/{id}", NO_ID).then().statusCode(403)
                .body("type", equalTo("urn:haki:problem:monitoring-scope-missing"));
    }

    @Test
    @TestSecurity(user = "monitor.rolesonly", roles = "ngec-national-monitor")
    void theNationalRoleAloneIsNoMonitorRole() {
        assertThat(EndpointMatrix.mismatches(all(), NO_ID, 403)).isEmpty();
    }

    @Test
    @TestSecurity(user = "admin.ngec", roles = "ngec-admin")
    void anAdministratorReadsNoMonitoringData() {
        assertThat(EndpointMatrix.mismatches(EndpointMatrix.concat(EndpointMatrix.concat(BY_ID, LISTS), AUDIT), NO_ID, 403))
                .isEmpty();
    }
}
