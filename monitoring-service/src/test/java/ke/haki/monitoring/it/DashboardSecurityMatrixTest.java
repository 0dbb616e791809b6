package ke.haki.monitoring.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import ke.haki.kit.security.Roles;
import ke.haki.monitoring.repository.AlertRepository;
import ke.haki.monitoring.web.AlertQueuePage;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.Poll;
import ke.haki.testsupport.ResourceRoutes;
import ke.haki.testsupport.SecurityMatrix;
import ke.haki.testsupport.SecurityMatrix.Answer;
import ke.haki.testsupport.SecurityMatrix.Expectations;
import ke.haki.testsupport.SecurityMatrix.Form;
import ke.haki.testsupport.SecurityMatrix.Persona;
import ke.haki.testsupport.SecurityMatrix.Scope;
import ke.haki.testsupport.SecuritySuite;

/**
 * The NGEC dashboard's security suite (docs/security.md#security-test-suite). The dashboard's pages
 * are server-rendered and not in the OpenAPI document, so its routes are read from the JAX-RS
 * annotations of the resource classes of {@code ke.haki.monitoring.web} ({@link ResourceRoutes}):
 * a new page or form action fails {@code everyServedOperationHasAnExpectation} until its
 * expectation is added below. Every route is then called as every persona of {@link SecuritySuite}
 * (no token, every realm role, the fixture's own station, another station of its county, another
 * county), with a same-origin {@code Origin} so that the forms pass {@code SameOriginFilter} and
 * only the role and scope decide. Each call must leave an audit row of its path, keyed on the case
 * (case pages) or the alert (alert actions) the path names, DENIED when the answer refused or hid.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DashboardSecurityMatrixTest extends SecuritySuite {

    static final Expectations EXPECTATIONS = SecurityMatrix.expectations()
            .op("GET /dashboard", Scope.FILTERED, null, Roles.NGEC_MONITOR)
            .op("GET /dashboard/alerts", Scope.FILTERED, null, Roles.NGEC_MONITOR)
            .op("POST /dashboard/alerts/{alertId}/{action}", Scope.CASE, new Form(Map.of("version", "0", "note", "Seen")),
                    Roles.NGEC_MONITOR)
            .op("GET /dashboard/cases/{caseId}", Scope.CASE, null, Roles.NGEC_MONITOR)
            .op("GET /dashboard/cases/{caseId}/summary", Scope.CASE, null, Roles.NGEC_MONITOR)
            .op("GET /dashboard/language", Scope.OPEN, null, Roles.NGEC_MONITOR)
            .op("GET /dashboard/overview", Scope.FILTERED, null, Roles.NGEC_MONITOR)
            .op("GET /dashboard/overview.csv", Scope.FILTERED, null, Roles.NGEC_MONITOR)
            .op("GET /dashboard/trends", Scope.FILTERED, null, Roles.NGEC_MONITOR)
            .op("GET /dashboard/trends.csv", Scope.FILTERED, null, Roles.NGEC_MONITOR)
            .op("GET /dashboard/funnel.csv", Scope.FILTERED, null, Roles.NGEC_MONITOR)
            .op("GET /dashboard/adjournments.csv", Scope.FILTERED, null, Roles.NGEC_MONITOR);

    @Inject
    TestClock clock;

    @Inject
    AlertRepository alerts;

    @Inject
    EntityManager em;

    /** The last audit row before the persona's calls. */
    private long auditedBefore;

    @Override
    protected Expectations expectations() {
        return EXPECTATIONS;
    }

    @Override
    protected Set<String> served() {
        return ResourceRoutes.ofPackageOf(AlertQueuePage.class);
    }

    @Override
    protected Map<String, String> headers() {
        return Map.of("Origin", "http://localhost:" + RestAssured.port);
    }

    /** A case closed by the police and its alert (SecurityMatrixTest's), to acknowledge from the queue. */
    @Override
    protected Map<String, String> fixture(Persona persona) {
        Map<String, String> parameters = new HashMap<>(SecurityMatrixTest.closedCaseAndItsAlert(clock, alerts));
        parameters.put("action", "acknowledge");
        auditedBefore = QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select coalesce(max(id), 0) from audit_event").getSingleResult()).longValue());
        return parameters;
    }

    /** Every call left its audit row: its path, the case or alert the path names, DENIED if refused or hidden. */
    @Override
    protected List<String> checkAnswers(Persona persona, Map<String, String> parameters, List<Answer> answers) {
        List<String> missing = new ArrayList<>();
        for (Answer a : answers) {
            String named = a.path().startsWith("/dashboard/cases/") ? parameters.get("caseId")
                    : a.path().startsWith("/dashboard/alerts/") ? parameters.get("alertId") : null;
            boolean denied = SecurityMatrix.refusedOrHidden(a.status()) != null;
            String row = a.expectation().method() + " " + a.path() + " case " + named + (denied ? " DENIED" : "");
            try {
                Poll.until(persona + ": audit row " + row, Duration.ofSeconds(20), () -> audited(a, named, denied));
            } catch (AssertionError | RuntimeException e) {
                missing.add(persona + ": no audit row " + row);
            }
        }
        return missing;
    }

    private boolean audited(Answer a, String named, boolean denied) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from audit_event where id > ?1 and method = ?2 and path = ?3
                   and coalesce(case_id, '') = ?4 and (?5 = false or outcome = 'DENIED')""")
                .setParameter(1, auditedBefore).setParameter(2, a.expectation().method()).setParameter(3, a.path())
                .setParameter(4, named == null ? "" : named).setParameter(5, denied).getSingleResult()).longValue() > 0);
    }
}
