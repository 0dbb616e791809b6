package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.contract.nps.CaseReported;
import ke.haki.kit.security.Roles;
import ke.haki.law.Offence;
import ke.haki.monitoring.repository.AlertRepository;
import ke.haki.monitoring.repository.RebuildJobStore;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.Poll;
import ke.haki.testsupport.SecurityMatrix;
import ke.haki.testsupport.SecurityMatrix.Expectations;
import ke.haki.testsupport.SecurityMatrix.Persona;
import ke.haki.testsupport.SecurityMatrix.Scope;
import ke.haki.testsupport.SecuritySuite;

/**
 * The monitoring API's security suite, generated from its served OpenAPI document: every operation
 * x every realm role x the fixture's own station / another station of its county / another county,
 * and no token (docs/security.md#security-test-suite). Monitors are scoped to the token's
 * {@code county_code} (MonitorAccess), so another station of the county is in scope; the
 * {@code station_code} claim only names the persona. A persona has one role, so
 * {@code ngec-national-monitor} alone is refused by role everywhere (national scope needs it with
 * {@code ngec-monitor}: RoleMatrixTest). The dashboard ({@code /dashboard}) is not in the OpenAPI
 * document: its routes are read from its resource classes by {@link DashboardSecurityMatrixTest}.
 * A new endpoint fails
 * {@code everyServedOperationHasAnExpectation} until its expectation is added below; a new realm
 * role fails {@code everyRealmRoleIsPlayed}. The personas are the test methods of
 * {@link SecuritySuite}, placed by their {@code station_code}.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SecurityMatrixTest extends SecuritySuite {

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

    @Override
    protected Expectations expectations() {
        return EXPECTATIONS;
    }

    /**
     * A fresh NRB-KILIMANI case (county 047) closed by the police, and its CLOSED_WITHOUT_COURT_OUTCOME
     * alert, from events fed through the real broker (waited for in the database, since most
     * personas may not read them through the API). For an NGEC administrator also a finished
     * rebuild to read, and the rebuild the suite starts is waited for, so that no later test finds
     * one running.
     */
    @Override
    protected Map<String, String> fixture(Persona persona) {
        Map<String, String> parameters = new java.util.HashMap<>(closedCaseAndItsAlert(clock, alerts));
        parameters.put("rebuildId", Roles.NGEC_ADMIN.equals(persona.role()) ? finishedRebuild() : UUID.randomUUID().toString());
        return parameters;
    }

    /**
     * A fresh NRB-KILIMANI case (county 047) closed by the police and its CLOSED_WITHOUT_COURT_OUTCOME
     * alert, fed through the broker and waited for in the database: {@code caseId} and {@code alertId}.
     */
    static Map<String, String> closedCaseAndItsAlert(TestClock clock, AlertRepository alerts) {
        try (Feed feed = new Feed("047", STATIONS.get(0))) {
            feed.npsNoWait(clock.instant(), new CaseReported("OB 7/2/12/2026", STATIONS.get(0), "047", Offence.DEFILEMENT,
                    java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).minusDays(1), clock.instant()));
            feed.npsNoWait(clock.instant(), new CaseClosedByPolice(CaseClosedByPolice.PoliceClosureReason.DUPLICATE_REPORT));
            Feed.await("the case has its alert", () -> inTransaction(() -> alerts.count("caseId", feed.caseId) > 0));
            String alertId = QuarkusTransaction.requiringNew()
                    .call(() -> alerts.find("caseId", feed.caseId).firstResult().alertId.toString());
            return Map.of("caseId", feed.caseId, "alertId", alertId);
        }
    }

    @Override
    protected void afterCalls(Persona persona) {
        if (Roles.NGEC_ADMIN.equals(persona.role())) {
            awaitRebuilds("no rebuild runs", () -> rebuilds.running().isEmpty());
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

    /** Waits up to 120 s (a rebuild reads every topic), asking {@code condition} in a transaction of its own. */
    private static void awaitRebuilds(String what, BooleanSupplier condition) {
        Poll.until(what, java.time.Duration.ofSeconds(120), () -> inTransaction(condition));
    }

    private static boolean inTransaction(BooleanSupplier condition) {
        return QuarkusTransaction.requiringNew().call(condition::getAsBoolean);
    }
}
