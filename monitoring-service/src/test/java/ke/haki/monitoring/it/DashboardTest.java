package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ke.haki.law.Offence;
import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.testsupport.HakiInfrastructure;

/** The server-rendered NGEC dashboard over the same services as the API. */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DashboardTest {

    private static final String ORIGIN = "http://localhost";

    @Inject
    TestClock clock;

    private String closedCase(Feed feed) {
        Instant now = clock.instant();
        feed.report(now, Offence.DEFILEMENT);
        feed.victim(now, 9);
        feed.nps(now, new CaseClosedByPolice(CaseClosedByPolice.PoliceClosureReason.DUPLICATE_REPORT));
        return given().get("/api/v1/cases/{id}/alerts", feed.caseId).then().statusCode(200)
                .extract().path("find { it.type == 'CLOSED_WITHOUT_COURT_OUTCOME' }.alertId");
    }

    @Test
    @TestSecurity(user = "monitor.national", roles = { "ngec-monitor", "ngec-national-monitor" })
    void theAlertQueueShowsOpenAlertsWithTheirRuleFiltersAndResolvesWithANote() {
        try (Feed feed = new Feed("041", "SYA-CENTRAL")) {
            String alertId = closedCase(feed);
            String html = given().get("/dashboard/alerts?county=041&type=CLOSED_WITHOUT_COURT_OUTCOME").then()
                    .statusCode(200).contentType(containsString("text/html"))
                    .body(containsString("id=\"alert-" + alertId + "\""))
                    .body(containsString("Rule / statute:"))
                    .body(containsString("<label for=\"f-county\">"))
                    .body(containsString("monitor.national"))
                    .extract().asString();
            assertThat(html).doesNotContain("E2E Child").contains("/dashboard/cases/" + feed.caseId);

            given().get("/dashboard/alerts?county=041&type=CASE_QUIET").then().statusCode(200)
                    .body(not(containsString("id=\"alert-" + alertId + "\"")));

            // no Origin / Referer: refused as a possible cross-site form
            given().formParam("version", "0").formParam("note", "x")
                    .post("/dashboard/alerts/{id}/resolve", alertId).then().statusCode(403);
            // another site's form: refused
            given().header("Origin", "https://evil.example").formParam("version", "0").formParam("note", "x")
                    .post("/dashboard/alerts/{id}/resolve", alertId).then().statusCode(403);

            // a browser saying the form came from another site: refused
            given().header("Sec-Fetch-Site", "cross-site").header("Origin", origin()).formParam("version", "0")
                    .formParam("note", "x").post("/dashboard/alerts/{id}/resolve", alertId).then().statusCode(403);

            // assigned from the page (version 0 → 1), then resolved with a note (version 1)
            given().redirects().follow(false).header("Origin", origin()).formParam("version", "0")
                    .formParam("assignee", "monitor.siaya").post("/dashboard/alerts/{id}/assign", alertId).then()
                    .statusCode(303);
            given().get("/api/v1/alerts/{id}", alertId).then().statusCode(200).body(containsString("monitor.siaya"));

            String location = given().redirects().follow(false).header("Origin", origin())
                    .formParam("version", "1").formParam("note", "Confirmed a duplicate report")
                    .formParam("back", "/dashboard/alerts?county=041")
                    .post("/dashboard/alerts/{id}/resolve", alertId).then().statusCode(303).extract().header("Location");
            assertThat(location).contains("/dashboard/alerts?county=041&done=");
            given().get("/api/v1/alerts/{id}", alertId).then().statusCode(200)
                    .body(containsString("RESOLVED")).body(containsString("Confirmed a duplicate report"));
            given().get("/dashboard/alerts?county=041").then().statusCode(200)
                    .body(not(containsString("id=\"alert-" + alertId + "\"")));

            // a stale version is shown as an error, not applied
            String stale = given().redirects().follow(false).header("Origin", origin()).formParam("version", "0")
                    .post("/dashboard/alerts/{id}/acknowledge", alertId).then().statusCode(303).extract().header("Location");
            assertThat(stale).contains("error=");
        }
    }

    @Test
    @TestSecurity(user = "monitor.unscoped", roles = "ngec-monitor")
    void aMonitorWithoutCountyOrNationalRoleSeesNoPage() {
        for (String page : List.of("/dashboard", "/dashboard/alerts", "/dashboard/overview", "/dashboard/overview.csv",
                "/dashboard/cases/00000000-0000-4000-8000-00000000a1e7")) {
            given().get(page).then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("urn:haki:problem:monitoring-scope-missing"));
        }
    }

    @Test
    @TestSecurity(user = "monitor.national", roles = { "ngec-monitor", "ngec-national-monitor" })
    void theCasePageShowsStageDeadlineTimelineAndAlerts() {
        try (Feed feed = new Feed("042", "ISL-CENTRAL")) {
            closedCase(feed);
            given().get("/dashboard/cases/{id}", feed.caseId).then().statusCode(200)
                    .body(containsString("id=\"case-stage\""))
                    .body(containsString("CLOSED_WITHOUT_COURT_OUTCOME"))
                    .body(containsString("id=\"timeline\""))
                    .body(containsString("Deadline now"));
        }
    }

    @Test
    @TestSecurity(user = "monitor.national", roles = { "ngec-monitor", "ngec-national-monitor" })
    void theOverviewChartsAll47CountiesAndOffersTheCsv() {
        String html = given().get("/dashboard/overview").then().statusCode(200)
                .body(containsString("Open cases by county")).body(containsString("/dashboard/overview.csv"))
                .extract().asString();
        assertThat(html.split("class=\"bar\"", -1).length - 1).isGreaterThanOrEqualTo(47);
        String csv = given().get("/dashboard/overview.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertThat(csv.lines().count()).isEqualTo(48);
        given().get("/dashboard/dashboard.css").then().statusCode(200).body(containsString("--brand"));
    }

    @Test
    @TestSecurity(user = "officer.nairobi", roles = "police-officer")
    void someoneWhoIsNotAMonitorIsRefused() {
        given().get("/dashboard/alerts").then().statusCode(403);
        given().get("/dashboard/overview").then().statusCode(403);
        given().get("/dashboard/overview.csv").then().statusCode(403);
    }

    private static String origin() {
        return ORIGIN + ":" + io.restassured.RestAssured.port;
    }
}
