package ke.haki.kit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The spellings of a path the router accepts all key the audit row on the same case. */
class AuditPathsTest {

    private static final String CASE = "7d4c1e2a-0000-4000-8000-000000000001";

    @Test
    void everySpellingOfAVictimReadNamesTheCase() {
        for (String raw : new String[] { "/api/v1/cases/" + CASE + "/victim", "/api/v1/%63ases/" + CASE + "/victim",
                "/api/v1/./cases/" + CASE + "/victim", "/api//v1/cases/" + CASE + "/victim",
                "/api/v1/x/../cases/" + CASE + "/victim", "/api/v1/%2563ases/" + CASE + "/victim",
                "/api/v1/cases/" + CASE + "/victim/", "//api/v1\\cases/" + CASE + "/victim" }) {
            String path = AuditPaths.normalise(raw);
            assertThat(path).as(raw).isEqualTo("/api/v1/cases/" + CASE + "/victim");
            assertThat(AuditPaths.caseIdIn(path)).as(raw).contains(CASE);
            assertThat(AuditPaths.audited(path)).as(raw).isTrue();
        }
    }

    @Test
    void theDashboardAndTheOtherServicesResourcesNameTheirIds() {
        assertThat(AuditPaths.caseIdIn(AuditPaths.normalise("/dashboard/cases/" + CASE))).contains(CASE);
        assertThat(AuditPaths.caseIdIn(AuditPaths.normalise("/api/v1/files/" + CASE + "/charge"))).contains(CASE);
        assertThat(AuditPaths.caseIdIn(AuditPaths.normalise("/api/v1/cases"))).isEmpty();
        assertThat(AuditPaths.audited(AuditPaths.normalise("/dashboard"))).isTrue();
        assertThat(AuditPaths.audited(AuditPaths.normalise("/api/../dashboard/alerts"))).isTrue();
    }

    @Test
    void healthAndMetricsAreNotAuditedButACleverSpellingOfTheApiIs() {
        assertThat(AuditPaths.audited(AuditPaths.normalise("/q/health"))).isFalse();
        assertThat(AuditPaths.audited(AuditPaths.normalise("/q/metrics"))).isFalse();
        assertThat(AuditPaths.audited(AuditPaths.normalise("/q/../api/v1/cases"))).isTrue();
        assertThat(AuditPaths.audited(AuditPaths.normalise("/%61pi/v1/cases"))).isTrue();
        assertThat(AuditPaths.audited(AuditPaths.normalise("/apiary"))).isFalse();
    }

    @Test
    void aMalformedEscapeStaysAsItIs() {
        assertThat(AuditPaths.normalise("/api/v1/cases/%zz")).isEqualTo("/api/v1/cases/%zz");
        assertThat(AuditPaths.normalise("/api/v1/cases/%4")).isEqualTo("/api/v1/cases/%4");
    }
}
