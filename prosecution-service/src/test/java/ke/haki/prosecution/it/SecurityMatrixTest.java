package ke.haki.prosecution.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

import ke.haki.kit.security.Roles;
import ke.haki.law.AgeBasis;
import ke.haki.law.Offence;
import ke.haki.prosecution.repository.FileRepository;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.SecurityMatrix;
import ke.haki.testsupport.SecurityMatrix.Expectations;
import ke.haki.testsupport.SecurityMatrix.Persona;
import ke.haki.testsupport.SecurityMatrix.Scope;

/**
 * The prosecution API's security suite, generated from its served OpenAPI document: every operation
 * x every realm role x the file's own ODPP office / another office of its county / another county,
 * and no token (docs/security.md#security-test-suite). Files are scoped to the prosecutor's county
 * ({@code county_code}, ProsecutorAccess), so another office of the same county is in scope; the
 * {@code office_code} claim only names the persona. A new endpoint fails
 * {@link #everyServedOperationHasAnExpectation} until its expectation is added below; a new realm
 * role fails {@link #everyRealmRoleIsPlayed}.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SecurityMatrixTest {

    /** The claim that names the persona's place: the fixture's office, another office of county 047, Kisii's. */
    static final String OFFICE_CLAIM = "office_code";
    static final List<String> OFFICES = List.of("ODPP-NRB", "ODPP-NRB-KIBERA", "ODPP-KSI");
    /** Prosecutors are scoped to their county, not their office. */
    private static final Set<String> OFFICE_SCOPED = Set.of();

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

    @Test
    void everyServedOperationHasAnExpectation() {
        assertThat(SecurityMatrix.uncovered(EXPECTATIONS)).as("operations of /q/openapi and their expectations").isEmpty();
    }

    @Test
    void everyRealmRoleIsPlayed() {
        assertThat(SecurityMatrix.missingPersonas(getClass(), OFFICE_CLAIM, OFFICES)).as("personas without a test method")
                .isEmpty();
    }

    @Test
    void asNoToken(TestInfo test) {
        check(test);
    }

    // one method per persona: @TestSecurity takes constants. The office claim gives the relation.
    @Test
    @TestSecurity(user = "p", roles = Roles.POLICE_OFFICER)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-NRB"), @Claim(key = "county_code", value = "047") })
    void asOfficerOwnOffice(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.POLICE_OFFICER)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-NRB-KIBERA"), @Claim(key = "county_code", value = "047") })
    void asOfficerOtherOffice(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.POLICE_OFFICER)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-KSI"), @Claim(key = "county_code", value = "045") })
    void asOfficerOtherCounty(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.POLICE_SUPERVISOR)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-NRB"), @Claim(key = "county_code", value = "047") })
    void asSupervisorOwnOffice(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.POLICE_SUPERVISOR)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-NRB-KIBERA"), @Claim(key = "county_code", value = "047") })
    void asSupervisorOtherOffice(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.POLICE_SUPERVISOR)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-KSI"), @Claim(key = "county_code", value = "045") })
    void asSupervisorOtherCounty(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.PROSECUTOR)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-NRB"), @Claim(key = "county_code", value = "047") })
    void asProsecutorOwnOffice(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.PROSECUTOR)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-NRB-KIBERA"), @Claim(key = "county_code", value = "047") })
    void asProsecutorOtherOffice(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.PROSECUTOR)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-KSI"), @Claim(key = "county_code", value = "045") })
    void asProsecutorOtherCounty(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NGEC_MONITOR)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-NRB"), @Claim(key = "county_code", value = "047") })
    void asMonitorOwnOffice(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NGEC_MONITOR)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-NRB-KIBERA"), @Claim(key = "county_code", value = "047") })
    void asMonitorOtherOffice(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NGEC_MONITOR)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-KSI"), @Claim(key = "county_code", value = "045") })
    void asMonitorOtherCounty(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NGEC_NATIONAL_MONITOR)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-NRB"), @Claim(key = "county_code", value = "047") })
    void asNationalMonitorOwnOffice(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NGEC_NATIONAL_MONITOR)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-NRB-KIBERA"), @Claim(key = "county_code", value = "047") })
    void asNationalMonitorOtherOffice(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NGEC_NATIONAL_MONITOR)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-KSI"), @Claim(key = "county_code", value = "045") })
    void asNationalMonitorOtherCounty(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NGEC_ADMIN)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-NRB"), @Claim(key = "county_code", value = "047") })
    void asNgecAdminOwnOffice(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NGEC_ADMIN)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-NRB-KIBERA"), @Claim(key = "county_code", value = "047") })
    void asNgecAdminOtherOffice(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NGEC_ADMIN)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-KSI"), @Claim(key = "county_code", value = "045") })
    void asNgecAdminOtherCounty(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.AUDITOR)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-NRB"), @Claim(key = "county_code", value = "047") })
    void asAuditorOwnOffice(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.AUDITOR)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-NRB-KIBERA"), @Claim(key = "county_code", value = "047") })
    void asAuditorOtherOffice(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.AUDITOR)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-KSI"), @Claim(key = "county_code", value = "045") })
    void asAuditorOtherCounty(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NPS_ADMIN)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-NRB"), @Claim(key = "county_code", value = "047") })
    void asNpsAdminOwnOffice(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NPS_ADMIN)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-NRB-KIBERA"), @Claim(key = "county_code", value = "047") })
    void asNpsAdminOtherOffice(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = Roles.NPS_ADMIN)
    @OidcSecurity(claims = { @Claim(key = "office_code", value = "ODPP-KSI"), @Claim(key = "county_code", value = "045") })
    void asNpsAdminOtherCounty(TestInfo test) {
        check(test);
    }

    /**
     * A fresh ODPP-NRB file of a NRB-KILIMANI case (county 047), opened the way production opens one:
     * the police events, referral included, through the real broker. Waited for in the database,
     * since most personas may not read it through the API.
     */
    private void check(TestInfo test) {
        Persona persona = SecurityMatrix.persona(test.getTestMethod().orElseThrow(), OFFICE_CLAIM, OFFICES);
        PoliceFeed feed = PoliceFeed.nairobi();
        feed.referredCase(Offence.DEFILEMENT, 14, AgeBasis.BIRTH_DATE);
        awaitFileOpened(feed.caseId);
        assertThat(SecurityMatrix.mismatches(EXPECTATIONS, persona, OFFICE_SCOPED,
                Map.of("caseId", feed.caseId, "action", "withdrawal")))
                .as("answers that differ from the expectations").isEmpty();
    }

    private void awaitFileOpened(String caseId) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (!QuarkusTransaction.requiringNew().call(() -> files.findByIdOptional(caseId).isPresent())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the file of case " + caseId + " was not opened in 30 s");
            }
            ProsecutionApi.sleep(100);
        }
    }
}
