package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

import ke.haki.contract.CaseEvent;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.law.Offence;
import ke.haki.contract.ngec.AlertStatusChanged;
import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.monitoring.repository.AlertRepository;

/** The NGEC monitor's alert follow-up and case views through the real HTTP layer. */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "monitor.national", roles = { "ngec-monitor", "ngec-national-monitor" })
class AlertApiTest {

    @Inject
    TestClock clock;

    @Inject
    AlertRepository alerts;

    private String closedCase(Feed feed) {
        Instant now = clock.instant();
        feed.report(now, Offence.DEFILEMENT);
        feed.victim(now, 9);
        feed.nps(now, new CaseClosedByPolice(CaseClosedByPolice.PoliceClosureReason.DUPLICATE_REPORT));
        return given().get("/api/v1/cases/{id}/alerts", feed.caseId).then().statusCode(200)
                .extract().path("find { it.type == 'CLOSED_WITHOUT_COURT_OUTCOME' }.alertId");
    }

    @Test
    void aMonitorAcknowledgesAssignsEscalatesAndResolvesWithANoteEachChangePublishedAndStaleVersionsRefused() {
        try (Feed feed = new Feed("044", "MGR-CENTRAL")) {
            String alertId = closedCase(feed);
            given().get("/api/v1/alerts/{id}", alertId).then().statusCode(200).header("ETag", "\"0\"")
                    .body("status", equalTo("OPEN")).body("history", hasSize(1));

            post(alertId, "acknowledge", "\"0\"", Map.of("note", "Seen")).then().statusCode(200)
                    .header("ETag", "\"1\"").body("status", equalTo("ACKNOWLEDGED"));
            post(alertId, "acknowledge", "\"0\"", Map.of()).then().statusCode(409)
                    .contentType("application/problem+json").body("type", equalTo("urn:haki:problem:stale-update"));
            post(alertId, "assign", "\"1\"", Map.of("assignee", "monitor.migori")).then().statusCode(200)
                    .body("status", equalTo("ASSIGNED")).body("assignee", equalTo("monitor.migori"));
            post(alertId, "escalate", null, Map.of("note", "Raised with the County Commander")).then().statusCode(200)
                    .body("status", equalTo("ESCALATED"));
            post(alertId, "resolve", null, Map.of("note", " ")).then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", equalTo("note"));
            post(alertId, "resolve", "\"3\"", Map.of("note", "Police confirmed a duplicate of OB 12/3/4/2026")).then()
                    .statusCode(200).body("status", equalTo("RESOLVED"))
                    .body("history.status", equalTo(List.of("OPEN", "ACKNOWLEDGED", "ASSIGNED", "ESCALATED", "RESOLVED")))
                    .body("history[4].note", equalTo("Police confirmed a duplicate of OB 12/3/4/2026"))
                    .body("history[4].changedBy", equalTo("monitor.national"));
            post(alertId, "acknowledge", null, Map.of()).then().statusCode(409)
                    .body("type", equalTo("urn:haki:problem:alert-transition-refused"));

            List<CaseEvent> published = AlertFlowTest.published(feed.caseId, 5);
            assertThat(published.stream().filter(e -> e.payload() instanceof AlertStatusChanged)
                    .map(e -> e.payloadAs(AlertStatusChanged.class)))
                    .extracting(AlertStatusChanged::status, AlertStatusChanged::changedBy)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(AlertStatusChanged.AlertStatus.ACKNOWLEDGED, "monitor.national"),
                            org.assertj.core.groups.Tuple.tuple(AlertStatusChanged.AlertStatus.ASSIGNED, "monitor.national"),
                            org.assertj.core.groups.Tuple.tuple(AlertStatusChanged.AlertStatus.ESCALATED, "monitor.national"),
                            org.assertj.core.groups.Tuple.tuple(AlertStatusChanged.AlertStatus.RESOLVED, "monitor.national"));
        }
    }

    @Test
    void alertsAreFilteredByTypeCountyStatusAndAgeAndPaged() {
        try (Feed feed = new Feed("044", "MGR-RONGO")) {
            String alertId = closedCase(feed);
            given().queryParam("type", "CLOSED_WITHOUT_COURT_OUTCOME").queryParam("county", "044")
                    .queryParam("station", "MGR-RONGO").queryParam("status", "OPEN").queryParam("size", 500)
                    .get("/api/v1/alerts").then().statusCode(200)
                    .body("size", equalTo(100)).body("items.alertId", hasItem(alertId))
                    .body("items.countyCode", everyItem(equalTo("044")));
            given().queryParam("status", "RESOLVED").queryParam("station", "MGR-RONGO").get("/api/v1/alerts").then()
                    .body("items.alertId", not(hasItem(alertId)));
            given().queryParam("station", "MGR-RONGO").queryParam("minAgeDays", 2).get("/api/v1/alerts").then()
                    .body("items.alertId", not(hasItem(alertId)));
            clock.advance(Duration.ofDays(3));
            given().queryParam("station", "MGR-RONGO").queryParam("minAgeDays", 2).get("/api/v1/alerts").then()
                    .body("items.alertId", hasItem(alertId)).body("items[0].ageDays", equalTo(3));
            given().queryParam("type", "NOT_A_TYPE").get("/api/v1/alerts").then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", equalTo("type"));
        }
    }

    @Test
    void theCaseViewShowsStageIdentifiersDeadlineAndAPseudonymisedTimeline() {
        try (Feed feed = new Feed("044", "MGR-CENTRAL")) {
            Instant now = clock.instant();
            feed.report(now, Offence.DEFILEMENT);
            feed.victim(now, 9);
            given().get("/api/v1/cases/{id}", feed.caseId).then().statusCode(200)
                    .body("stage", equalTo("UNDER_INVESTIGATION"))
                    .body("obNumber", equalTo("OB 1/10/4/2026"))
                    .body("victimAgeBand", equalTo("AGED_11_OR_UNDER"))
                    .body("victimPseudonym", org.hamcrest.Matchers.startsWith("V-TEST-"))
                    .body("deadline.kind", equalTo("CASE_QUIET"))
                    .body("deadline.timeLeft", equalTo("PT336H"));
            given().get("/api/v1/cases/{id}/timeline", feed.caseId).then().statusCode(200)
                    .body("eventType", equalTo(List.of("ke.nps.case.reported.v1", "ke.nps.victim.recorded.v1")))
                    .body("sequence", equalTo(List.of(1, 2)))
                    .body("[1].summary", org.hamcrest.Matchers.containsString("AGED_11_OR_UNDER"));
            given().queryParam("county", "044").queryParam("stage", "UNDER_INVESTIGATION").queryParam("size", 100)
                    .get("/api/v1/cases").then().statusCode(200).body("items.caseId", hasItem(feed.caseId));
            given().queryParam("stage", "NOWHERE").get("/api/v1/cases").then().statusCode(400);
            given().get("/api/v1/cases/{id}", "no-such-case").then().statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    @TestSecurity(user = "monitor.kisii", roles = "ngec-monitor")
    @OidcSecurity(claims = @Claim(key = "county_code", value = "045"))
    void aCountyMonitorSeesOnlyTheirCounty() {
        try (Feed migori = new Feed("044", "MGR-CENTRAL"); Feed kisii = new Feed("045", "KSI-CENTRAL")) {
            migori.npsNoWait(clock.instant(), new ke.haki.contract.nps.CaseReported("OB 9/1/5/2026", "MGR-CENTRAL", "044",
                    Offence.DEFILEMENT, java.time.LocalDate.of(2026, 5, 1), clock.instant()));
            migori.npsNoWait(clock.instant(), new CaseClosedByPolice(CaseClosedByPolice.PoliceClosureReason.DUPLICATE_REPORT));
            kisii.report(clock.instant(), Offence.DEFILEMENT);
            kisii.nps(clock.instant(), new CaseClosedByPolice(CaseClosedByPolice.PoliceClosureReason.DUPLICATE_REPORT));
            Feed.await("the Migori case has its alert", () -> QuarkusTransaction.requiringNew()
                    .call(() -> alerts.count("caseId", migori.caseId)) > 0);
            String migoriAlert = QuarkusTransaction.requiringNew()
                    .call(() -> alerts.find("caseId", migori.caseId).firstResult().alertId.toString());
            assertThat(kisii.alertStatuses("CLOSED_WITHOUT_COURT_OUTCOME")).containsExactly("OPEN");

            given().get("/api/v1/cases/{id}", migori.caseId).then().statusCode(404);
            given().get("/api/v1/cases/{id}/timeline", migori.caseId).then().statusCode(404);
            given().get("/api/v1/alerts/{id}", migoriAlert).then().statusCode(404);
            given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/alerts/{id}/acknowledge", migoriAlert)
                    .then().statusCode(404);
            given().queryParam("county", "044").queryParam("size", 100).get("/api/v1/alerts").then().statusCode(200)
                    .body("items.alertId", not(hasItem(migoriAlert)))
                    .body("items.countyCode", everyItem(equalTo("045")));
            given().queryParam("size", 100).get("/api/v1/cases").then().statusCode(200)
                    .body("items.caseId", hasItem(kisii.caseId))
                    .body("items.countyCode", everyItem(equalTo("045")));
            given().get("/api/v1/statistics/counties").then().statusCode(200).body("$", hasSize(1))
                    .body("[0].code", equalTo("045"));
            given().post("/api/v1/admin/projection/rebuild").then().statusCode(403)
                    .body("type", equalTo("urn:haki:problem:forbidden"));
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheMonitorsApiWithExamples() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", org.hamcrest.Matchers.hasItems("/api/v1/alerts", "/api/v1/alerts/{alertId}/resolve",
                        "/api/v1/cases/{caseId}/timeline", "/api/v1/statistics/counties", "/api/v1/admin/projection/rebuild",
                        "/api/v1/admin/projection/rebuilds", "/api/v1/admin/projection/rebuilds/{rebuildId}"))
                .body("components.schemas.ResolveRequest.properties.note.examples[0]",
                        equalTo("ODPP confirmed the charging decision is scheduled for 2 May"))
                .body("components.schemas.ResolveRequest.required", hasItem("note"));
    }

    @Test
    @TestSecurity(user = "officer.one", roles = "police-officer")
    void otherRolesAreRefused() {
        given().get("/api/v1/alerts").then().statusCode(403);
        given().get("/api/v1/statistics/counties").then().statusCode(403);
    }

    private static io.restassured.response.Response post(String alertId, String action, String ifMatch, Object body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.post("/api/v1/alerts/{id}/" + action, alertId);
    }
}
