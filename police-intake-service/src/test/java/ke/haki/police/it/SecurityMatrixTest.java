package ke.haki.police.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
import ke.haki.police.repository.CaseRepository;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.SecurityMatrix;
import ke.haki.testsupport.SecurityMatrix.Expectations;
import ke.haki.testsupport.SecurityMatrix.Persona;
import ke.haki.testsupport.SecurityMatrix.Relation;
import ke.haki.testsupport.SecurityMatrix.Scope;

/**
 * The police API's security suite, generated from its served OpenAPI document: every operation x
 * every realm role x own station / another station of the county / another county, and no token
 * (docs/security.md#security-test-suite). A new endpoint fails {@link #everyServedOperationHasAnExpectation}
 * until its expectation is added below; a new realm role fails {@link #everyRealmRoleIsPlayed}.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SecurityMatrixTest {

    /** The fixture's station, another station of its county, another county's station. */
    static final List<String> STATIONS = List.of("NRB-KILIMANI", "NRB-CENTRAL", "KSI-CENTRAL");
    private static final String[] POLICE = { Roles.POLICE_OFFICER, Roles.POLICE_SUPERVISOR };
    private static final Set<String> STATION_SCOPED = Set.of(Roles.POLICE_OFFICER);

    static final Expectations EXPECTATIONS = SecurityMatrix.expectations()
            .op("GET /api/v1/audit", Scope.OPEN, null, Roles.AUDITOR)
            .op("GET /api/v1/stations", Scope.OPEN, null, Roles.POLICE_OFFICER, Roles.POLICE_SUPERVISOR, Roles.NPS_ADMIN)
            .op("GET /api/v1/stations/{code}", Scope.OPEN, null, Roles.POLICE_OFFICER, Roles.POLICE_SUPERVISOR, Roles.NPS_ADMIN)
            .op("PUT /api/v1/stations/{code}", Scope.OPEN, Map.of("name", "Kilimani Police Station", "countyCode", "047",
                    "odppOfficeCode", "ODPP-NRB", "active", true), Roles.NPS_ADMIN)
            .op("GET /api/v1/cases", Scope.FILTERED, null, POLICE)
            .op("POST /api/v1/cases", Scope.REGISTER, PoliceApi.newCase(), POLICE)
            .op("GET /api/v1/cases/{caseId}", Scope.CASE, null, POLICE)
            .op("GET /api/v1/cases/{caseId}/timeline", Scope.CASE, null, POLICE)
            .op("GET /api/v1/cases/{caseId}/victim", Scope.CASE, null, POLICE)
            .op("PUT /api/v1/cases/{caseId}/victim", Scope.CASE, Map.of("fullName", "Matrix Child", "declaredAge", 12,
                    "sex", "FEMALE", "hasDisability", false), POLICE)
            .op("GET /api/v1/cases/{caseId}/suspects", Scope.CASE, null, POLICE)
            .op("POST /api/v1/cases/{caseId}/suspects", Scope.CASE, Map.of("fullName", "Matrix Suspect",
                    "relationshipToVictim", "NEIGHBOUR"), POLICE)
            .op("POST /api/v1/cases/{caseId}/suspects/{suspectRef}/arrest", Scope.CASE,
                    Map.of("arrestedAt", "2026-04-10T09:00:00Z"), POLICE)
            .op("POST /api/v1/cases/{caseId}/suspects/{suspectRef}/arraignment", Scope.CASE,
                    Map.of("arraignedAt", "2026-04-11T08:00:00Z", "courtStation", "Kibera"), POLICE)
            .op("POST /api/v1/cases/{caseId}/suspects/{suspectRef}/release", Scope.CASE,
                    Map.of("releasedAt", "2026-04-10T10:00:00Z", "terms", "POLICE_BOND"), POLICE)
            .op("POST /api/v1/cases/{caseId}/medical-evidence", Scope.CASE, Map.of("form", "P3", "examinedOn", "2026-04-10",
                    "facility", "GVRC"), POLICE)
            .op("POST /api/v1/cases/{caseId}/investigation-updates", Scope.CASE, Map.of("step", "SCENE_VISITED"), POLICE)
            .op("POST /api/v1/cases/{caseId}/referral", Scope.CASE, Map.of("odppOfficeCode", "ODPP-NRB"), POLICE)
            .op("POST /api/v1/cases/{caseId}/resubmission", Scope.CASE, Map.of("directionsAnswered", 1), POLICE)
            .op("POST /api/v1/cases/{caseId}/closure", Scope.CASE, Map.of("reason", "DUPLICATE_REPORT"), POLICE);

    @Inject
    CaseRepository cases;

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

    /** A fresh case of NRB-KILIMANI; for a caller in its scope, with the victim and suspect S1 the calls need. */
    private void check(TestInfo test) {
        Persona persona = SecurityMatrix.persona(test.getTestMethod().orElseThrow(), STATIONS);
        String caseId = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> cases.persist(PoliceApi.kilimaniCase(caseId,
                "OB " + (int) (Math.random() * 90000 + 1000) + "/1/4/2026")));
        boolean inScope = persona.role() != null && List.of(POLICE).contains(persona.role())
                && (persona.relation() == Relation.OWN_SCOPE
                        || persona.relation() == Relation.OTHER_STATION_SAME_COUNTY && !STATION_SCOPED.contains(persona.role()));
        if (inScope) {
            PoliceApi.recordVictim(caseId).then().statusCode(200);
            PoliceApi.addSuspect(caseId);
        }
        assertThat(SecurityMatrix.mismatches(EXPECTATIONS, persona, STATION_SCOPED,
                Map.of("caseId", caseId, "suspectRef", "S1", "code", STATIONS.get(0))))
                .as("answers that differ from the expectations").isEmpty();
    }
}
