package ke.haki.prosecution.it;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import ke.haki.kit.security.Roles;
import ke.haki.law.AgeBasis;
import ke.haki.law.Offence;
import ke.haki.prosecution.repository.FileRepository;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.Poll;
import ke.haki.testsupport.SecurityMatrix;
import ke.haki.testsupport.SecurityMatrix.Expectations;
import ke.haki.testsupport.SecurityMatrix.Persona;
import ke.haki.testsupport.SecurityMatrix.Scope;
import ke.haki.testsupport.SecuritySuite;

/**
 * The prosecution API's security suite, generated from its served OpenAPI document: every operation
 * x every realm role x the file's own ODPP office / another office of its county / another county,
 * and no token (docs/security.md#security-test-suite). Files are scoped to the prosecutor's county
 * ({@code county_code}, ProsecutorAccess), so another office of the same county is in scope; the
 * {@code office_code} claim only names the persona. A new endpoint fails
 * {@code everyServedOperationHasAnExpectation} until its expectation is added below; a new realm
 * role fails {@code everyRealmRoleIsPlayed}. The personas are the test methods of
 * {@link SecuritySuite}, placed by their {@code office_code}.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SecurityMatrixTest extends SecuritySuite {

    static final Expectations EXPECTATIONS = SecurityMatrix.expectations()
            .op("GET /api/v1/audit", Scope.OPEN, null, Roles.AUDITOR)
            .op("GET /api/v1/files", Scope.FILTERED, null, Roles.PROSECUTOR)
            .op("GET /api/v1/files/{caseId}", Scope.CASE, null, Roles.PROSECUTOR)
            .op("GET /api/v1/files/{caseId}/timeline", Scope.CASE, null, Roles.PROSECUTOR)
            .op("GET /api/v1/files/{caseId}/sittings", Scope.CASE, null, Roles.PROSECUTOR)
            .op("PUT /api/v1/files/{caseId}/prosecutor", Scope.CASE, Map.of("prosecutorRef", "prosecutor.nairobi"),
                    Roles.PROSECUTOR)
            .op("POST /api/v1/files/{caseId}/charge", Scope.CASE, Map.of("evidentialTestMet", true,
                    "publicInterestTestMet", true), Roles.PROSECUTOR)
            .op("POST /api/v1/files/{caseId}/no-charge", Scope.CASE, Map.of("reason", "INSUFFICIENT_EVIDENCE",
                    "evidentialTestMet", false, "publicInterestTestMet", true), Roles.PROSECUTOR)
            .op("POST /api/v1/files/{caseId}/decline-review", Scope.CASE, Map.of("ground", "NEW_EVIDENCE",
                    "reviewedOn", "2026-06-01"), Roles.PROSECUTOR)
            .op("POST /api/v1/files/{caseId}/return-for-investigation", Scope.CASE, Map.of("directions",
                    List.of("Record the guardian's statement"), "respondBy", LocalDate.now().plusDays(14).toString()),
                    Roles.PROSECUTOR)
            .op("POST /api/v1/files/{caseId}/court-filing", Scope.CASE, Map.of("courtStation", "Kibera Law Courts",
                    "courtCaseNumber", "Sexual Offence Case No. E036 of 2026", "filedOn", "2026-04-20"), Roles.PROSECUTOR)
            .op("POST /api/v1/files/{caseId}/plea", Scope.CASE, Map.of("plea", "NOT_GUILTY", "recordedOn", "2026-04-21"),
                    Roles.PROSECUTOR)
            .op("POST /api/v1/files/{caseId}/sittings", Scope.CASE, Map.of("kind", "HEARING", "sittingDate", "2026-05-04",
                    "adjourned", false), Roles.PROSECUTOR)
            .op("POST /api/v1/files/{caseId}/judgment", Scope.CASE, Map.of("verdict", "ACQUITTED",
                    "deliveredOn", "2026-07-01"), Roles.PROSECUTOR)
            .op("POST /api/v1/files/{caseId}/termination", Scope.CASE, Map.of("ending", "DISCHARGE_AFTER_WITHDRAWAL",
                    "endedOn", "2026-08-14"), Roles.PROSECUTOR)
            .op("POST /api/v1/files/{caseId}/appeals", Scope.CASE, Map.of("appellant", "PROSECUTION",
                    "appealCourt", "High Court at Nairobi", "filedOn", "2026-07-10"), Roles.PROSECUTOR)
            .op("POST /api/v1/files/{caseId}/appeal-decision", Scope.CASE, Map.of("outcome", "DISMISSED",
                    "decidedOn", "2026-11-02"), Roles.PROSECUTOR)
            .op("POST /api/v1/files/{caseId}/{action}", Scope.CASE, null, Roles.PROSECUTOR)
            .op("POST /api/v1/files/{caseId}/diversion", Scope.CASE, Map.of("decidedOn", "2026-05-04",
                    "programme", "County children's officer"), Roles.PROSECUTOR)
            .op("POST /api/v1/files/{caseId}/diversion-outcome", Scope.CASE, Map.of("outcome", "COMPLETED",
                    "concludedOn", "2026-11-04", "reason", "Programme completed"), Roles.PROSECUTOR);

    @Inject
    FileRepository files;

    @Override
    protected Expectations expectations() {
        return EXPECTATIONS;
    }

    @Override
    protected String placingClaim() {
        return OFFICE_CLAIM;
    }

    /**
     * A fresh ODPP-NRB file of a NRB-KILIMANI case (county 047), opened the way production opens one:
     * the police events, referral included, through the real broker. Waited for in the database,
     * since most personas may not read it through the API.
     */
    @Override
    protected Map<String, String> fixture(Persona persona) {
        PoliceFeed feed = PoliceFeed.nairobi();
        feed.referredCase(Offence.DEFILEMENT, 14, AgeBasis.BIRTH_DATE);
        Poll.until("the file of case " + feed.caseId + " is opened", java.time.Duration.ofSeconds(30),
                () -> QuarkusTransaction.requiringNew().call(() -> files.findByIdOptional(feed.caseId).isPresent()));
        return Map.of("caseId", feed.caseId, "action", "withdrawal");
    }
}
