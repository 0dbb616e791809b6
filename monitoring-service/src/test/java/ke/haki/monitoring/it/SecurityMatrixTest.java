package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.contract.nps.CaseReported;
import ke.haki.kit.security.Roles;
import ke.haki.law.Offence;
import ke.haki.monitoring.repository.AlertRepository;
import ke.haki.monitoring.repository.RebuildJobStore;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.SecurityMatrix;
import ke.haki.testsupport.SecurityMatrix.Expectations;
import ke.haki.testsupport.SecurityMatrix.Persona;
import ke.haki.testsupport.SecurityMatrix.Scope;

/**
 * The monitoring API's security suite, generated from its served OpenAPI document: every operation
 * x every realm role x the fixture's own station / another station of its county / another county,
 * and no token (docs/security.md#security-test-suite). Monitors are scoped to the token's
 * {@code county_code} (MonitorAccess), so another station of the county is in scope; the
 * {@code station_code} claim only names the persona. A persona has one role, so
 * {@code ngec-national-monitor} alone is refused by role everywhere (national scope needs it with
 * {@code ngec-monitor}: RoleMatrixTest). The dashboard ({@code /dashboard}) is not in the OpenAPI
 * document and is not covered here (DashboardTest). A new endpoint fails
 * {@link #everyServedOperationHasAnExpectation} until its expectation is added below; a new realm
 * role fails {@link #everyRealmRoleIsPlayed}.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SecurityMatrixTest {

    /** The fixture's station, another station of its county, another county's station. */
    static final List<String> STATIONS = List.of("NRB-KILIMANI", "NRB-CENTRAL", "KSI-CENTRAL");
    /** Monitors are scoped to their county, not a station. */
    private static final Set<String> STATION_SCOPED = Set.of();
    private static final String REBUILDS = "/api/v1/admin/projection/rebuilds";

    static final Expectations EXPECTATIONS = SecurityMatrix.expectations()
            .op("GET /api/v1/audit", Scope.OPEN, null, Roles.AUDITOR)
            .op("POST /api/v1/admin/projection/rebuild", Scope.OPEN, null, Roles.NGEC_ADMIN)
            .op("POST /api/v1/admin/projection/rebuilds", Scope.OPEN, null, Roles.NGEC_ADMIN)
            .op("GET /api/v1/admin/projection/rebuilds/{rebuildId}", Scope.OPEN, null, Roles.NGEC_ADMIN)
            .op("GET /api/v1/alerts", Scope.FILTERED, null, Roles.NGEC_MONITOR)
            .op("GET /api/v1/alerts/{alertId}", Scope.CASE, null, Roles.NGEC_MONITOR)
            .op("POST /api/v1/alerts/{alertId}/acknowledge", Scope.CASE, Map.of("note", "Seen"), Roles.NGEC_MONITOR)
            .op("POST /api/v1/alerts/{alertId}/assign", Scope.CASE, Map.of("assignee", "monitor.nairobi"), Roles.NGEC_MONITOR)
            .op("POST /api/v1/alerts/{alertId}/escalate", Scope.CASE, Map.of("note", "Raised with the County Commander"),
                    Roles.NGEC_MONITOR)
            .op("POST /api/v1/alerts/{alertId}/resolve", Scope.CASE, Map.of("note", "Police confirmed a duplicate report"),
                    Roles.NGEC_MONITOR)
            .op("GET /api/v1/cases", Scope.FILTERED, null, Roles.NGEC_MONITOR)
            .op("GET /api/v1/cases/{caseId}", Scope.CASE, null, Roles.NGEC_MONITOR)
            .op("GET /api/v1/cases/{caseId}/timeline", Scope.CASE, null, Roles.NGEC_MONITOR)
            .op("GET /api/v1/cases/{caseId}/alerts", Scope.CASE, null, Roles.NGEC_MONITOR)
            .op("GET /api/v1/statistics/counties", Scope.FILTERED, null, Roles.NGEC_MONITOR)
            .op("GET /api/v1/statistics/stations", Scope.FILTERED, null, Roles.NGEC_MONITOR)
            .op("GET /api/v1/statistics/trends", Scope.FILTERED, null, Roles.NGEC_MONITOR)
            .op("GET /api/v1/statistics/funnel", Scope.FILTERED, null, Roles.NGEC_MONITOR)
            .op("GET /api/v1/statistics/adjournments", Scope.FILTERED, null, Roles.NGEC_MONITOR);

    @Inject
    TestClock clock;

    @Inject
    AlertRepository alerts;

    @Inject
    RebuildJobStore rebuilds;

    @Test
    void everyServedOperationHasAnExpectation() {
        assertThat(SecurityMatrix.uncovered(EXPECTATIONS)).as("operations of /q/openapi and their expectations").isEmpty();
    }

    @Test
    void everyRealmRoleIsPlayed() {
        assertThat(SecurityMatrix.missingPersonas(getClass(), STATIONS)).as("personas without a test method").isEmpty();
    }

    @Test
    void asNoToken(TestInfo test) {
        check(test);
    }

    // one method per persona: @TestSecurity takes constants. The station claim gives the relation.
    @Test
    @TestSecurity(user = "p", roles = Roles.POLICE_OFFICER)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
    void asOfficerOwnStation(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.POLICE_OFFICER)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-CENTRAL"), @Claim(key = "county_code", value = "047") })
    void asOfficerOtherStation(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.POLICE_OFFICER)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "KSI-CENTRAL"), @Claim(key = "county_code", value = "045") })
    void asOfficerOtherCounty(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.POLICE_SUPERVISOR)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
    void asSupervisorOwnStation(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.POLICE_SUPERVISOR)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-CENTRAL"), @Claim(key = "county_code", value = "047") })
    void asSupervisorOtherStation(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.POLICE_SUPERVISOR)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "KSI-CENTRAL"), @Claim(key = "county_code", value = "045") })
    void asSupervisorOtherCounty(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.PROSECUTOR)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
    void asProsecutorOwnStation(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.PROSECUTOR)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-CENTRAL"), @Claim(key = "county_code", value = "047") })
    void asProsecutorOtherStation(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.PROSECUTOR)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "KSI-CENTRAL"), @Claim(key = "county_code", value = "045") })
    void asProsecutorOtherCounty(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NGEC_MONITOR)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
    void asMonitorOwnStation(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NGEC_MONITOR)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-CENTRAL"), @Claim(key = "county_code", value = "047") })
    void asMonitorOtherStation(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NGEC_MONITOR)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "KSI-CENTRAL"), @Claim(key = "county_code", value = "045") })
    void asMonitorOtherCounty(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NGEC_NATIONAL_MONITOR)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
    void asNationalMonitorOwnStation(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NGEC_NATIONAL_MONITOR)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-CENTRAL"), @Claim(key = "county_code", value = "047") })
    void asNationalMonitorOtherStation(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NGEC_NATIONAL_MONITOR)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "KSI-CENTRAL"), @Claim(key = "county_code", value = "045") })
    void asNationalMonitorOtherCounty(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NGEC_ADMIN)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
    void asNgecAdminOwnStation(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NGEC_ADMIN)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-CENTRAL"), @Claim(key = "county_code", value = "047") })
    void asNgecAdminOtherStation(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NGEC_ADMIN)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "KSI-CENTRAL"), @Claim(key = "county_code", value = "045") })
    void asNgecAdminOtherCounty(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.AUDITOR)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
    void asAuditorOwnStation(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.AUDITOR)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-CENTRAL"), @Claim(key = "county_code", value = "047") })
    void asAuditorOtherStation(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.AUDITOR)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "KSI-CENTRAL"), @Claim(key = "county_code", value = "045") })
    void asAuditorOtherCounty(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NPS_ADMIN)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
    void asNpsAdminOwnStation(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NPS_ADMIN)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-CENTRAL"), @Claim(key = "county_code", value = "047") })
    void asNpsAdminOtherStation(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NPS_ADMIN)
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "KSI-CENTRAL"), @Claim(key = "county_code", value = "045") })
    void asNpsAdminOtherCounty(TestInfo test) {
        check(test);
    }

    /**
     * A fresh NRB-KILIMANI case (county 047) closed by the police, and its CLOSED_WITHOUT_COURT_OUTCOME
     * alert, from events fed through the real broker (waited for in the database, since most
     * personas may not read them through the API). For an NGEC administrator also a finished
     * rebuild to read, and the rebuild the suite starts is waited for, so that no later test finds
     * one running.
     */
    private void check(TestInfo test) {
        Persona persona = SecurityMatrix.persona(test.getTestMethod().orElseThrow(), STATIONS);
        boolean admin = Roles.NGEC_ADMIN.equals(persona.role());
        try (Feed feed = new Feed("047", STATIONS.get(0))) {
            feed.npsNoWait(clock.instant(), new CaseReported("OB 7/2/12/2026", STATIONS.get(0), "047", Offence.DEFILEMENT,
                    java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).minusDays(1), clock.instant()));
            feed.npsNoWait(clock.instant(), new CaseClosedByPolice(CaseClosedByPolice.PoliceClosureReason.DUPLICATE_REPORT));
            Feed.await("the case has its alert", () -> inTransaction(() -> alerts.count("caseId", feed.caseId) > 0));
            String alertId = QuarkusTransaction.requiringNew()
                    .call(() -> alerts.find("caseId", feed.caseId).firstResult().alertId.toString());
            String rebuildId = admin ? finishedRebuild() : UUID.randomUUID().toString();
            List<String> wrong = SecurityMatrix.mismatches(EXPECTATIONS, persona, STATION_SCOPED,
                    Map.of("caseId", feed.caseId, "alertId", alertId, "rebuildId", rebuildId));
            if (admin) {
                awaitRebuilds("no rebuild runs", () -> rebuilds.running().isEmpty());
            }
            assertThat(wrong).as("answers that differ from the expectations").isEmpty();
        }
    }

    /** Starts a rebuild through the API (the persona is an NGEC administrator) and waits until it ends. */
    private String finishedRebuild() {
        awaitRebuilds("no rebuild runs", () -> rebuilds.running().isEmpty());
        String location = given().post(REBUILDS).then().statusCode(202).extract().header("Location");
        String id = URI.create(location).getPath().substring(REBUILDS.length() + 1);
        awaitRebuilds("the rebuild " + id + " ended", () -> rebuilds.find(UUID.fromString(id))
                .map(j -> j.state() != RebuildJobStore.State.RUNNING).orElse(false));
        return id;
    }

    /** Polls {@code condition} in a transaction of its own for up to 120 s (a rebuild reads every topic). */
    private static void awaitRebuilds(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(120).toNanos();
        while (!inTransaction(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static boolean inTransaction(BooleanSupplier condition) {
        return QuarkusTransaction.requiringNew().call(condition::getAsBoolean);
    }
}
