package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import ke.haki.contract.ngec.AlertStatusChanged.AlertStatus;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;
import ke.haki.monitoring.repository.AlertEntity;
import ke.haki.monitoring.repository.AlertRepository;
import ke.haki.testsupport.HakiInfrastructure;

/**
 * The alert queue filtered, sorted and paged in the database, for the dashboard and the JSON API:
 * alerts are written straight into the real table (each test in a county of its own), then read
 * over HTTP as a monitor does.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "monitor.national", roles = { "ngec-monitor", "ngec-national-monitor" })
class AlertQueueTest {

    private static final Pattern ALERT = Pattern.compile("<li class=\"alert sev-[A-Z]+\" id=\"alert-([0-9a-f-]{36})\"");
    private static final Pattern OPTION = Pattern.compile("<option value=\"([A-Z_]*)\" data-count=\"(\\d+)\"");

    @Inject
    AlertRepository alerts;

    @Inject
    TestClock clock;

    @Test
    @TestSecurity(user = "monitor.mombasa", roles = "ngec-monitor")
    @OidcSecurity(claims = @Claim(key = "county_code", value = "001"))
    void aNewAlertIsFirstInTheQueueAfter150ResolvedOnes() {
        Instant now = clock.instant();
        List<AlertEntity> resolved = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            resolved.add(alert("001", "MSA-CENTRAL", AlertType.PROHIBITED_CLOSURE_ATTEMPT, Severity.CRITICAL,
                    AlertStatus.RESOLVED, now.minus(Duration.ofDays(200 - i))));
        }
        save(resolved);
        AlertEntity fresh = alert("001", "MSA-CENTRAL", AlertType.CASE_QUIET, Severity.MEDIUM, AlertStatus.OPEN, now);
        save(List.of(fresh));

        for (String path : List.of("/dashboard", "/dashboard/alerts")) {
            String html = given().get(path).then().statusCode(200).extract().asString();
            assertThat(alertIds(html)).containsExactly(fresh.alertId.toString());
            assertThat(html).contains("<p id=\"alert-count\">1 alert(s)");
            assertThat(counts(html, "f-status")).containsEntry("RESOLVED", 150L).containsEntry("OPEN", 1L);
        }
        given().get("/api/v1/alerts").then().statusCode(200)
                .body("items[0].alertId", equalTo(fresh.alertId.toString()))
                .body("items[1].status", equalTo("RESOLVED"))
                .body("totalItems", equalTo(151)).body("size", equalTo(20));
    }

    @Test
    void theQueueIsMostSevereFirstThenOldestFirstAndTheApiListsFinalAlertsAfterTheActiveOnes() {
        Instant now = clock.instant();
        AlertEntity criticalOld = alert("002", "KWL-CENTRAL", AlertType.PROHIBITED_CLOSURE_ATTEMPT, Severity.CRITICAL,
                AlertStatus.OPEN, now.minus(Duration.ofDays(2)));
        AlertEntity criticalNew = alert("002", "KWL-CENTRAL", AlertType.SENTENCE_BELOW_STATUTORY_MINIMUM, Severity.CRITICAL,
                AlertStatus.OPEN, now.minus(Duration.ofDays(1)));
        AlertEntity highOld = alert("002", "KWL-CENTRAL", AlertType.CLOSED_WITHOUT_COURT_OUTCOME, Severity.HIGH,
                AlertStatus.OPEN, now.minus(Duration.ofDays(5)));
        AlertEntity highNew = alert("002", "KWL-CENTRAL", AlertType.ARRAIGNMENT_OVERDUE, Severity.HIGH,
                AlertStatus.ACKNOWLEDGED, now.minus(Duration.ofDays(4)));
        AlertEntity medium = alert("002", "KWL-CENTRAL", AlertType.CASE_QUIET, Severity.MEDIUM, AlertStatus.OPEN,
                now.minus(Duration.ofDays(3)));
        AlertEntity low = alert("002", "KWL-CENTRAL", AlertType.EVENT_SEQUENCE_GAP, Severity.LOW, AlertStatus.ESCALATED,
                now.minus(Duration.ofDays(10)));
        AlertEntity resolvedCritical = alert("002", "KWL-CENTRAL", AlertType.PROHIBITED_CLOSURE_ATTEMPT, Severity.CRITICAL,
                AlertStatus.RESOLVED, now.minus(Duration.ofDays(20)));
        save(List.of(low, resolvedCritical, medium, highNew, criticalNew, highOld, criticalOld));

        assertThat(alertIds(given().get("/dashboard/alerts?county=002").then().statusCode(200).extract().asString()))
                .containsExactly(ids(criticalOld, criticalNew, highOld, highNew, medium, low));
        assertThat(alertIds(given().get("/dashboard/alerts?county=002&severity=HIGH").then().statusCode(200)
                .extract().asString())).containsExactly(ids(highOld, highNew));
        assertThat(alertIds(given().get("/dashboard/alerts?county=002&status=RESOLVED").then().statusCode(200)
                .extract().asString())).containsExactly(ids(resolvedCritical));

        List<String> listed = given().queryParam("county", "002").get("/api/v1/alerts").then().statusCode(200)
                .extract().path("items.alertId");
        assertThat(listed).containsExactly(ids(criticalOld, criticalNew, highOld, highNew, medium, low, resolvedCritical));
        List<String> critical = given().queryParam("county", "002").queryParam("severity", "CRITICAL")
                .get("/api/v1/alerts").then().statusCode(200).extract().path("items.alertId");
        assertThat(critical).containsExactly(ids(criticalOld, criticalNew, resolvedCritical));
    }

    @Test
    void pagesFollowOneAnotherWithoutDuplicatesOrOmissions() {
        Instant now = clock.instant();
        Severity[] severities = Severity.values();
        List<AlertEntity> seeded = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            seeded.add(alert("003", "KLF-CENTRAL", AlertType.CASE_QUIET, severities[i % severities.length],
                    AlertStatus.OPEN, now.minus(Duration.ofHours(i + 1))));
        }
        save(seeded);
        List<String> expected = seeded.stream()
                .sorted(Comparator.comparing((AlertEntity a) -> a.severity).reversed().thenComparing(a -> a.raisedAt))
                .map(a -> a.alertId.toString()).toList();

        List<String> shown = new ArrayList<>();
        String html = given().get("/dashboard/alerts?county=003").then().statusCode(200).extract().asString();
        assertThat(html).contains("Page 1 of 3").doesNotContain("id=\"page-previous\"");
        shown.addAll(alertIds(html));
        html = given().get(link(html, "page-next")).then().statusCode(200).extract().asString();
        assertThat(html).contains("Page 2 of 3").contains("Showing 21 to 40.");
        assertThat(alertIds(html)).hasSize(20);
        shown.addAll(alertIds(html));
        html = given().get(link(html, "page-next")).then().statusCode(200).extract().asString();
        assertThat(html).contains("Page 3 of 3").doesNotContain("id=\"page-next\"");
        assertThat(alertIds(html)).hasSize(5);
        shown.addAll(alertIds(html));
        assertThat(shown).containsExactlyElementsOf(expected);
        assertThat(link(html, "page-previous")).isEqualTo("/dashboard/alerts?county=003&page=1");

        List<String> first = given().queryParam("county", "003").queryParam("size", 25).get("/api/v1/alerts").then()
                .statusCode(200).body("totalItems", equalTo(45)).body("totalPages", equalTo(2)).body("page", equalTo(0))
                .extract().path("items.alertId");
        List<String> rest = given().queryParam("county", "003").queryParam("size", 25).queryParam("page", 1)
                .get("/api/v1/alerts").then().statusCode(200).body("page", equalTo(1)).extract().path("items.alertId");
        assertThat(first).hasSize(25);
        assertThat(rest).hasSize(20);
        List<String> all = new ArrayList<>(first);
        all.addAll(rest);
        assertThat(all).containsExactlyElementsOf(expected);
    }

    @Test
    void theCountsNextToEachFilterAreComputedWithTheOtherFilters() {
        Instant now = clock.instant();
        List<AlertEntity> seeded = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            seeded.add(alert("004", "KWL-A", AlertType.CASE_QUIET, Severity.MEDIUM, AlertStatus.OPEN, now.minusSeconds(i)));
        }
        for (int i = 0; i < 2; i++) {
            seeded.add(alert("004", "KWL-A", AlertType.CASE_QUIET, Severity.MEDIUM, AlertStatus.RESOLVED, now.minusSeconds(10 + i)));
            seeded.add(alert("004", "KWL-B", AlertType.CLOSED_WITHOUT_COURT_OUTCOME, Severity.HIGH, AlertStatus.ACKNOWLEDGED,
                    now.minusSeconds(20 + i)));
        }
        seeded.add(alert("004", "KWL-B", AlertType.CLOSED_WITHOUT_COURT_OUTCOME, Severity.HIGH, AlertStatus.CLEARED, now));
        seeded.add(alert("004", "KWL-A", AlertType.PROHIBITED_CLOSURE_ATTEMPT, Severity.CRITICAL, AlertStatus.ESCALATED, now));
        seeded.add(alert("004", "KWL-A", AlertType.ARRAIGNMENT_OVERDUE, Severity.HIGH, AlertStatus.ASSIGNED, now));
        save(seeded);

        // the default queue: alerts needing action
        String html = page("/dashboard/alerts?county=004");
        assertThat(html).contains("<p id=\"alert-count\">7 alert(s)");
        assertThat(counts(html, "f-type")).isEqualTo(byName(
                "CASE_QUIET", 3, "CLOSED_WITHOUT_COURT_OUTCOME", 2, "PROHIBITED_CLOSURE_ATTEMPT", 1,
                "ARRAIGNMENT_OVERDUE", 1, "SENTENCE_BELOW_STATUTORY_MINIMUM", 0, "EVENT_SEQUENCE_GAP", 0,
                "CHARGE_DOWNGRADED", 0, "TRIAL_DELAYED", 0));
        assertThat(counts(html, "f-status")).isEqualTo(byName("", 7,
                "OPEN", 3, "ACKNOWLEDGED", 2, "ASSIGNED", 1, "ESCALATED", 1, "RESOLVED", 2, "CLEARED", 1));
        assertThat(counts(html, "f-severity")).isEqualTo(byName("CRITICAL", 1, "HIGH", 3, "MEDIUM", 3, "LOW", 0));

        // one type: the type counts stay, the others narrow to it
        html = page("/dashboard/alerts?county=004&type=CASE_QUIET");
        assertThat(html).contains("<p id=\"alert-count\">3 alert(s)");
        assertThat(counts(html, "f-type")).containsEntry("CASE_QUIET", 3L).containsEntry("CLOSED_WITHOUT_COURT_OUTCOME", 2L);
        assertThat(counts(html, "f-status")).isEqualTo(byName("", 3,
                "OPEN", 3, "ACKNOWLEDGED", 0, "ASSIGNED", 0, "ESCALATED", 0, "RESOLVED", 2, "CLEARED", 0));
        assertThat(counts(html, "f-severity")).isEqualTo(byName("CRITICAL", 0, "HIGH", 0, "MEDIUM", 3, "LOW", 0));

        // a station and a severity
        html = page("/dashboard/alerts?county=004&station=KWL-B&severity=HIGH");
        assertThat(html).contains("<p id=\"alert-count\">2 alert(s)");
        assertThat(counts(html, "f-type")).containsEntry("CLOSED_WITHOUT_COURT_OUTCOME", 2L).containsEntry("CASE_QUIET", 0L)
                .containsEntry("ARRAIGNMENT_OVERDUE", 0L);
        assertThat(counts(html, "f-status")).isEqualTo(byName("", 2,
                "OPEN", 0, "ACKNOWLEDGED", 2, "ASSIGNED", 0, "ESCALATED", 0, "RESOLVED", 0, "CLEARED", 1));
        assertThat(counts(html, "f-severity")).isEqualTo(byName("CRITICAL", 0, "HIGH", 2, "MEDIUM", 0, "LOW", 0));

        // a final status: the status counts are those of the default view
        html = page("/dashboard/alerts?county=004&status=RESOLVED");
        assertThat(html).contains("<p id=\"alert-count\">2 alert(s)");
        assertThat(counts(html, "f-status")).containsEntry("", 7L).containsEntry("RESOLVED", 2L).containsEntry("CLEARED", 1L);
        assertThat(counts(html, "f-type")).containsEntry("CASE_QUIET", 2L).containsEntry("CLOSED_WITHOUT_COURT_OUTCOME", 0L);
        assertThat(counts(html, "f-severity")).isEqualTo(byName("CRITICAL", 0, "HIGH", 0, "MEDIUM", 2, "LOW", 0));
    }

    @Test
    @TestSecurity(user = "monitor.kwale", roles = "ngec-monitor")
    @OidcSecurity(claims = @Claim(key = "county_code", value = "005"))
    void aCountyMonitorNeitherSeesNorCountsAnotherCountysAlerts() {
        Instant now = clock.instant();
        AlertEntity own1 = alert("005", "TRD-CENTRAL", AlertType.CASE_QUIET, Severity.MEDIUM, AlertStatus.OPEN,
                now.minus(Duration.ofDays(2)));
        AlertEntity own2 = alert("005", "TRD-CENTRAL", AlertType.CASE_QUIET, Severity.MEDIUM, AlertStatus.OPEN,
                now.minus(Duration.ofDays(1)));
        List<AlertEntity> other = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            other.add(alert("006", "LMU-CENTRAL", AlertType.PROHIBITED_CLOSURE_ATTEMPT, Severity.CRITICAL, AlertStatus.OPEN,
                    now.minus(Duration.ofDays(5 + i))));
        }
        other.add(alert("006", "LMU-CENTRAL", AlertType.CASE_QUIET, Severity.MEDIUM, AlertStatus.RESOLVED, now));
        List<AlertEntity> seeded = new ArrayList<>(List.of(own1, own2));
        seeded.addAll(other);
        save(seeded);
        List<String> otherIds = List.of(ids(other.toArray(AlertEntity[]::new)));

        for (String path : List.of("/dashboard/alerts", "/dashboard/alerts?county=006", "/dashboard/alerts?station=LMU-CENTRAL",
                "/dashboard/alerts?county=006&status=RESOLVED")) {
            String html = page(path);
            assertThat(alertIds(html)).doesNotContainAnyElementsOf(otherIds);
            assertThat(html).doesNotContain("station LMU-CENTRAL");
            assertThat(counts(html, "f-type")).containsEntry("PROHIBITED_CLOSURE_ATTEMPT", 0L);
            assertThat(counts(html, "f-severity")).containsEntry("CRITICAL", 0L);
            assertThat(counts(html, "f-status")).containsEntry("RESOLVED", 0L);
        }
        String html = page("/dashboard/alerts?county=006");
        assertThat(alertIds(html)).containsExactly(ids(own1, own2));
        assertThat(counts(html, "f-status")).isEqualTo(byName("", 2,
                "OPEN", 2, "ACKNOWLEDGED", 0, "ASSIGNED", 0, "ESCALATED", 0, "RESOLVED", 0, "CLEARED", 0));
        assertThat(counts(html, "f-type")).containsEntry("CASE_QUIET", 2L);

        given().queryParam("county", "006").get("/api/v1/alerts").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.countyCode", everyItem(equalTo("005")));
        given().queryParam("station", "LMU-CENTRAL").get("/api/v1/alerts").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void wrongFilterValuesAre400NamingTheFieldWithoutRepeatingTheValue() {
        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("county", "9x<b>");
        wrong.put("station", "kwl central<b>");
        wrong.put("type", "NOT_A_TYPE<b>");
        wrong.put("status", "GONE<b>");
        wrong.put("severity", "URGENT<b>");
        wrong.forEach((field, value) -> {
            for (String path : List.of("/dashboard/alerts", "/api/v1/alerts")) {
                given().queryParam(field, value).get(path).then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("violations[0].field", equalTo(field))
                        .body(not(containsString("<b>")));
            }
        });
        for (String page : List.of("-1", "two", "99999999999")) {
            given().queryParam("page", page).get("/dashboard/alerts").then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", equalTo("page"));
        }
    }

    private AlertEntity alert(String county, String station, AlertType type, Severity severity, AlertStatus status,
            Instant raisedAt) {
        AlertEntity a = new AlertEntity();
        a.alertId = UUID.randomUUID();
        a.caseId = UUID.randomUUID().toString();
        a.alertType = type;
        a.breachKey = "queue-test";
        a.severity = severity;
        a.stage = "REFERRED";
        a.countyCode = county;
        a.stationCode = station;
        a.reason = "Seeded for the queue test";
        a.rule = "Queue test";
        a.status = status;
        a.raisedAt = raisedAt;
        a.updatedAt = raisedAt;
        return a;
    }

    private void save(List<AlertEntity> seeded) {
        QuarkusTransaction.requiringNew().run(() -> alerts.persist(seeded));
    }

    private static String page(String path) {
        return given().get(path).then().statusCode(200).extract().asString();
    }

    private static String[] ids(AlertEntity... in) {
        return java.util.Arrays.stream(in).map(a -> a.alertId.toString()).toArray(String[]::new);
    }

    private static List<String> alertIds(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = ALERT.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The counts shown in one filter's options, by option value ("" is the default choice). */
    private static Map<String, Long> counts(String html, String selectId) {
        int start = html.indexOf("<select id=\"" + selectId + "\"");
        assertThat(start).as(selectId).isNotNegative();
        String select = html.substring(start, html.indexOf("</select>", start));
        Map<String, Long> counts = new LinkedHashMap<>();
        Matcher m = OPTION.matcher(select);
        while (m.find()) {
            counts.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return counts;
    }

    private static Map<String, Long> byName(Object... nameThenCount) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < nameThenCount.length; i += 2) {
            counts.put((String) nameThenCount[i], ((Integer) nameThenCount[i + 1]).longValue());
        }
        return counts;
    }

    private static String link(String html, String id) {
        Matcher m = Pattern.compile("<a href=\"([^\"]+)\" rel=\"(?:prev|next)\" id=\"" + id + "\"").matcher(html);
        assertThat(m.find()).as("link " + id).isTrue();
        return m.group(1).replace("&amp;", "&");
    }
}
