package ke.haki.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import ke.haki.testsupport.SecurityMatrix.Expectations;
import ke.haki.testsupport.SecurityMatrix.Persona;

/**
 * A service's security suite ({@link SecurityMatrix}; docs/security.md#security-test-suite): a
 * {@code @QuarkusTest} extends it with the expectations of every operation its OpenAPI document
 * serves and a fixture, and inherits the checks and the personas. The personas are one test method
 * each (a {@code @TestSecurity} role and its {@code @OidcSecurity} claims are constants): no token,
 * and every realm role placed at the fixture's own unit (police station NRB-KILIMANI, ODPP office
 * ODPP-NRB, county 047), at another unit of county 047 (NRB-CENTRAL, ODPP-NRB-KIBERA) and in another
 * county (KSI-CENTRAL, ODPP-KSI, 045). Every persona carries the station, office and county claims;
 * which of them places it is the suite's choice ({@link #placingClaim}), which of them scopes it the
 * service's. The roles are the realm's names (deploy/keycloak/haki-realm.json; service-kit's
 * {@code Roles} has the same), written out since test-support does not depend on the kit; a realm
 * role without its methods here fails {@link #everyRealmRoleIsPlayed}.
 */
public abstract class SecuritySuite {

    /** The fixture's station, another station of its county, another county's station. */
    public static final List<String> STATIONS = List.of("NRB-KILIMANI", "NRB-CENTRAL", "KSI-CENTRAL");
    /** The fixture's ODPP office, another office of its county, another county's office. */
    public static final List<String> OFFICES = List.of("ODPP-NRB", "ODPP-NRB-KIBERA", "ODPP-KSI");
    public static final String OFFICE_CLAIM = "office_code";

    /** Every operation the service serves, with who may call it and how it is scoped. */
    protected abstract Expectations expectations();

    /** Creates the fixture the persona's calls name; @return the values of the path parameters. */
    protected abstract Map<String, String> fixture(Persona persona);

    /** After the persona's calls (e.g. waiting for a job they started). */
    protected void afterCalls(Persona persona) {}

    /** What the suite serves: the OpenAPI document's operations unless overridden ({@link ResourceRoutes}). */
    protected Set<String> served() {
        return SecurityMatrix.served();
    }

    /** Headers of every call (e.g. the dashboard forms' same-origin Origin). */
    protected Map<String, String> headers() {
        return Map.of();
    }

    /** Further checks of the persona's answers (e.g. their audit rows); @return what is wrong. */
    protected List<String> checkAnswers(Persona persona, Map<String, String> parameters, List<SecurityMatrix.Answer> answers) {
        return List.of();
    }

    /** The claim that places a persona: {@code station_code} ({@link #STATIONS}) unless overridden. */
    protected String placingClaim() {
        return SecurityMatrix.STATION_CLAIM;
    }

    /** The values of {@link #placingClaim}: own unit, another unit of the county, another county. */
    protected List<String> places() {
        return placingClaim().equals(OFFICE_CLAIM) ? OFFICES : STATIONS;
    }

    /** The roles scoped to their own unit (station or office); every other role is scoped to its county. */
    protected Set<String> unitScoped() {
        return Set.of();
    }

    @Test
    public void everyServedOperationHasAnExpectation() {
        assertThat(SecurityMatrix.uncovered(expectations(), served())).as("served operations (/q/openapi, or the routes of served()) and their expectations").isEmpty();
    }

    @Test
    public void everyRealmRoleIsPlayed() {
        assertThat(SecurityMatrix.missingPersonas(getClass(), placingClaim(), places())).as("personas without a test method")
                .isEmpty();
    }

    /** Creates the fixture, calls every operation as the persona of {@code test}'s method and compares the answers. */
    protected void check(TestInfo test) {
        Persona persona = SecurityMatrix.persona(test.getTestMethod().orElseThrow(), placingClaim(), places());
        Map<String, String> parameters = fixture(persona);
        List<SecurityMatrix.Answer> answers = SecurityMatrix.call(expectations(), parameters, headers());
        List<String> wrong = SecurityMatrix.mismatches(answers, persona, unitScoped());
        afterCalls(persona);
        assertThat(wrong).as("answers that differ from the expectations").isEmpty();
        assertThat(checkAnswers(persona, parameters, answers)).as("further checks of the answers").isEmpty();
    }

    @Test
    public void asNoToken(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "police-officer")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "office_code", value = "ODPP-NRB"),
            @Claim(key = "county_code", value = "047") })
    public void asOfficerOwnUnit(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "police-officer")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-CENTRAL"), @Claim(key = "office_code", value = "ODPP-NRB-KIBERA"),
            @Claim(key = "county_code", value = "047") })
    public void asOfficerOtherUnit(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "police-officer")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "KSI-CENTRAL"), @Claim(key = "office_code", value = "ODPP-KSI"),
            @Claim(key = "county_code", value = "045") })
    public void asOfficerOtherCounty(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "police-supervisor")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "office_code", value = "ODPP-NRB"),
            @Claim(key = "county_code", value = "047") })
    public void asSupervisorOwnUnit(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "police-supervisor")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-CENTRAL"), @Claim(key = "office_code", value = "ODPP-NRB-KIBERA"),
            @Claim(key = "county_code", value = "047") })
    public void asSupervisorOtherUnit(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "police-supervisor")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "KSI-CENTRAL"), @Claim(key = "office_code", value = "ODPP-KSI"),
            @Claim(key = "county_code", value = "045") })
    public void asSupervisorOtherCounty(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "prosecutor")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "office_code", value = "ODPP-NRB"),
            @Claim(key = "county_code", value = "047") })
    public void asProsecutorOwnUnit(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "prosecutor")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-CENTRAL"), @Claim(key = "office_code", value = "ODPP-NRB-KIBERA"),
            @Claim(key = "county_code", value = "047") })
    public void asProsecutorOtherUnit(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "prosecutor")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "KSI-CENTRAL"), @Claim(key = "office_code", value = "ODPP-KSI"),
            @Claim(key = "county_code", value = "045") })
    public void asProsecutorOtherCounty(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "ngec-monitor")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "office_code", value = "ODPP-NRB"),
            @Claim(key = "county_code", value = "047") })
    public void asMonitorOwnUnit(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "ngec-monitor")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-CENTRAL"), @Claim(key = "office_code", value = "ODPP-NRB-KIBERA"),
            @Claim(key = "county_code", value = "047") })
    public void asMonitorOtherUnit(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "ngec-monitor")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "KSI-CENTRAL"), @Claim(key = "office_code", value = "ODPP-KSI"),
            @Claim(key = "county_code", value = "045") })
    public void asMonitorOtherCounty(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "ngec-national-monitor")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "office_code", value = "ODPP-NRB"),
            @Claim(key = "county_code", value = "047") })
    public void asNationalMonitorOwnUnit(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "ngec-national-monitor")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-CENTRAL"), @Claim(key = "office_code", value = "ODPP-NRB-KIBERA"),
            @Claim(key = "county_code", value = "047") })
    public void asNationalMonitorOtherUnit(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "ngec-national-monitor")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "KSI-CENTRAL"), @Claim(key = "office_code", value = "ODPP-KSI"),
            @Claim(key = "county_code", value = "045") })
    public void asNationalMonitorOtherCounty(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "ngec-admin")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "office_code", value = "ODPP-NRB"),
            @Claim(key = "county_code", value = "047") })
    public void asNgecAdminOwnUnit(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "ngec-admin")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-CENTRAL"), @Claim(key = "office_code", value = "ODPP-NRB-KIBERA"),
            @Claim(key = "county_code", value = "047") })
    public void asNgecAdminOtherUnit(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "ngec-admin")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "KSI-CENTRAL"), @Claim(key = "office_code", value = "ODPP-KSI"),
            @Claim(key = "county_code", value = "045") })
    public void asNgecAdminOtherCounty(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "auditor")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "office_code", value = "ODPP-NRB"),
            @Claim(key = "county_code", value = "047") })
    public void asAuditorOwnUnit(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "auditor")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-CENTRAL"), @Claim(key = "office_code", value = "ODPP-NRB-KIBERA"),
            @Claim(key = "county_code", value = "047") })
    public void asAuditorOtherUnit(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "auditor")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "KSI-CENTRAL"), @Claim(key = "office_code", value = "ODPP-KSI"),
            @Claim(key = "county_code", value = "045") })
    public void asAuditorOtherCounty(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "nps-admin")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "office_code", value = "ODPP-NRB"),
            @Claim(key = "county_code", value = "047") })
    public void asNpsAdminOwnUnit(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "nps-admin")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-CENTRAL"), @Claim(key = "office_code", value = "ODPP-NRB-KIBERA"),
            @Claim(key = "county_code", value = "047") })
    public void asNpsAdminOtherUnit(TestInfo test) {
        check(test);
    }

    @Test
    @TestSecurity(user = "p", roles = "nps-admin")
    @OidcSecurity(claims = { @Claim(key = "station_code", value = "KSI-CENTRAL"), @Claim(key = "office_code", value = "ODPP-KSI"),
            @Claim(key = "county_code", value = "045") })
    public void asNpsAdminOtherCounty(TestInfo test) {
        check(test);
    }
}
