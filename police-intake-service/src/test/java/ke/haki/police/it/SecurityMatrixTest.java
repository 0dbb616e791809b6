package ke.haki.police.it;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import ke.haki.kit.security.Roles;
import ke.haki.police.repository.CaseRepository;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.SecurityMatrix;
import ke.haki.testsupport.SecurityMatrix.Expectations;
import ke.haki.testsupport.SecurityMatrix.Persona;
import ke.haki.testsupport.SecurityMatrix.Relation;
import ke.haki.testsupport.SecurityMatrix.Scope;
import ke.haki.testsupport.SecuritySuite;

/**
 * The police API's security suite, generated from its served OpenAPI document: every operation x
 * every realm role x own station / another station of the county / another county, and no token
 * (docs/security.md#security-test-suite). A new endpoint fails {@code everyServedOperationHasAnExpectation}
 * until its expectation is added below; a new realm role fails {@code everyRealmRoleIsPlayed}. The
 * personas are the test methods of {@link SecuritySuite}, placed by their {@code station_code}.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SecurityMatrixTest extends SecuritySuite {

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

    @Override
    protected Expectations expectations() {
        return EXPECTATIONS;
    }

    @Override
    protected Set<String> unitScoped() {
        return STATION_SCOPED;
    }

    /** A fresh case of NRB-KILIMANI; for a caller in its scope, with the victim and suspect S1 the calls need. */
    @Override
    protected Map<String, String> fixture(Persona persona) {
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
        return Map.of("caseId", caseId, "suspectRef", "S1", "code", STATIONS.get(0));
    }
}
