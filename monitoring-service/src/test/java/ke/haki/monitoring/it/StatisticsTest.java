package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

import ke.haki.law.ChargeCount;
import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.law.Offence;
import ke.haki.law.ProhibitedClosure;
import ke.haki.law.SuspectRelationship;
import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.contract.nps.CaseReferred;
import ke.haki.contract.nps.SuspectRecorded;
import ke.haki.contract.odpp.ChargeFiled;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.contract.odpp.PleaRecorded;
import ke.haki.monitoring.service.DeadlineSweep;
import ke.haki.testsupport.HakiInfrastructure;

/**
 * A known set of cases in Bomet (036), a county no other test uses, against figures computed by
 * hand:
 * <pre>
 * case  station      events (days after report)                         stage      charge  judgment
 * A     BMT-CENTRAL  suspect FAMILY_MEMBER, referred 2, charged 10,      JUDGMENT   10      +90 convicted
 *                    convicted 100 (20 years, victim 13)
 * B     BMT-CENTRAL  suspects NEIGHBOUR + FAMILY_MEMBER, charged 20,     JUDGMENT   20      +200 acquitted
 *                    acquitted 220
 * C     BMT-CENTRAL  charged 30, plea 31                                 IN_COURT   30      -
 * D     BMT-SOTIK    2 refused attempts day 1, police closure day 5      CLOSED     -       -
 * E     BMT-SOTIK    nothing after the report                            REPORTED   -       -
 * </pre>
 * Reports are 300 days ago, so after a sweep C (60 days in court) and E (14 days reported) are
 * quiet. Median report to charge: 10, 20, 30 = 20; charge to judgment: 90, 200 = 145; conviction
 * rate 1 of 2 = 0.5; relationships FAMILY_MEMBER 2, NEIGHBOUR 1.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "monitor.national", roles = { "ngec-monitor", "ngec-national-monitor" })
class StatisticsTest {

    static final String BOMET = "036";

    @Inject
    TestClock clock;

    @Inject
    DeadlineSweep sweep;

    @Test
    void countyAndStationFiguresMatchTheHandComputedValuesAsJsonAndCsv() {
        Instant t = clock.instant().minus(Duration.ofDays(300));
        try (Feed a = new Feed(BOMET, "BMT-CENTRAL"); Feed b = new Feed(BOMET, "BMT-CENTRAL");
                Feed c = new Feed(BOMET, "BMT-CENTRAL"); Feed d = new Feed(BOMET, "BMT-SOTIK");
                Feed e = new Feed(BOMET, "BMT-SOTIK")) {
            for (Feed f : List.of(a, b, c, d, e)) {
                f.report(t, Offence.DEFILEMENT);
            }
            a.victim(t, 13);
            a.nps(t, new SuspectRecorded("S1", 34, SuspectRelationship.FAMILY_MEMBER));
            a.nps(day(t, 2), new CaseReferred(1, "ODPP-036", Offence.DEFILEMENT, 1, true));
            a.odpp(day(t, 10), charge("E001"));
            a.odpp(day(t, 100), judgment("E001", JudgmentDelivered.Verdict.CONVICTED, 20));

            b.nps(t, new SuspectRecorded("S1", 40, SuspectRelationship.NEIGHBOUR));
            b.nps(t, new SuspectRecorded("S2", 22, SuspectRelationship.FAMILY_MEMBER));
            b.odpp(day(t, 20), charge("E002"));
            b.odpp(day(t, 220), judgment("E002", JudgmentDelivered.Verdict.ACQUITTED, null));

            c.odpp(day(t, 30), charge("E003"));
            c.odpp(day(t, 31), new PleaRecorded("Sexual Offence Case No. E003 of 2026", PleaRecorded.Plea.NOT_GUILTY,
                    LocalDate.ofInstant(day(t, 31), java.time.ZoneOffset.UTC)));

            for (ProhibitedClosure attempt : List.of(ProhibitedClosure.MASLAHA, ProhibitedClosure.INFORMAL_SETTLEMENT)) {
                d.nps(day(t, 1), new ClosureAttemptRefused(attempt, attempt.ruleId(), attempt.statute(), "officer.sotik"));
            }
            d.nps(day(t, 5), new CaseClosedByPolice(CaseClosedByPolice.PoliceClosureReason.SUSPECT_DECEASED));
        }
        sweep.sweep();

        JsonPath counties = given().get("/api/v1/statistics/counties").then().statusCode(200)
                .body("$", hasSize(47)).extract().jsonPath();
        Map<String, Object> bomet = counties.getMap("find { it.code == '036' }");
        assertThat(bomet).containsEntry("name", "Bomet").containsEntry("totalCases", 5).containsEntry("openCases", 2)
                .containsEntry("quietCases", 2).containsEntry("closedWithoutCourtOutcome", 1)
                .containsEntry("prohibitedAttempts", 2).containsEntry("medianDaysReportToCharge", 20.0f)
                .containsEntry("medianDaysChargeToJudgment", 145.0f).containsEntry("judgments", 2)
                .containsEntry("convictions", 1).containsEntry("convictionRate", 0.5f);
        assertThat(counties.getMap("find { it.code == '036' }.casesByStage")).containsEntry("REPORTED", 1)
                .containsEntry("IN_COURT", 1).containsEntry("JUDGMENT", 2).containsEntry("CLOSED", 1)
                .containsEntry("REFERRED", 0).containsEntry("CHARGED", 0);
        assertThat(counties.getMap("find { it.code == '036' }.suspectRelationships")).containsEntry("FAMILY_MEMBER", 2)
                .containsEntry("NEIGHBOUR", 1).containsEntry("STRANGER", 0).hasSize(7);
        given().get("/api/v1/statistics/counties").then()
                .body("find { it.code == '005' }.name", equalTo("Lamu"))
                .body("find { it.code == '005' }.totalCases", equalTo(0))
                .body("find { it.code == '005' }.convictionRate", nullValue());

        given().queryParam("county", BOMET).get("/api/v1/statistics/stations").then().statusCode(200)
                .body("code", equalTo(List.of("BMT-CENTRAL", "BMT-SOTIK")))
                .body("[1].totalCases", equalTo(2)).body("[1].quietCases", equalTo(1))
                .body("[1].prohibitedAttempts", equalTo(2)).body("[1].medianDaysReportToCharge", nullValue())
                .body("[0].openCases", equalTo(1)).body("[0].convictionRate", equalTo(0.5f));

        String header = "code,name,county_code,total_cases,open_cases,stage_reported,stage_under_investigation,"
                + "stage_referred,stage_returned_to_police,stage_charged,stage_in_court,stage_judgment,stage_appeal,"
                + "stage_closed,stage_diverted,stage_diversion_completed,quiet_cases,closed_without_court_outcome,prohibited_attempts,"
                + "median_days_report_to_charge,median_days_charge_to_judgment,judgments,convictions,conviction_rate,"
                + "suspects_family_member,suspects_family_acquaintance,suspects_neighbour,"
                + "suspects_teacher_or_school_worker,suspects_religious_leader,suspects_stranger,suspects_unknown";
        String bometRow = "036,Bomet,036,5,2,1,0,0,0,0,1,2,0,1,0,0,2,1,2,20.00,145.00,2,1,0.50,2,0,1,0,0,0,0";
        String csv = given().queryParam("format", "csv").get("/api/v1/statistics/counties").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(48).first().isEqualTo(header);
        assertThat(lines).contains(bometRow).contains("005,Lamu,005,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,,,0,0,,0,0,0,0,0,0,0");
        String viaAccept = given().accept("text/csv").get("/api/v1/statistics/counties").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        assertThat(viaAccept.lines()).contains(bometRow);
        given().queryParam("format", "xml").get("/api/v1/statistics/counties").then().statusCode(400);
    }

    @Test
    void aStationCodeThatLooksLikeAFormulaIsExportedAsText() {
        String formula = "=HYPERLINK(\"http://evil.invalid\",\"open\")";
        try (Feed f = new Feed("030", formula)) {
            f.report(clock.instant(), Offence.DEFILEMENT);
            String csv = given().queryParam("county", "030").queryParam("format", "csv").get("/api/v1/statistics/stations")
                    .then().statusCode(200).extract().asString();
            assertThat(csv.lines()).anySatisfy(line -> assertThat(line)
                    .startsWith("\"'=HYPERLINK(\"\"http://evil.invalid\"\",\"\"open\"\")\","));
            assertThat(csv.lines()).noneSatisfy(line -> assertThat(line).matches("^\"?[=+\\-@\t\r].*"));
        }
    }

    private static Instant day(Instant t, int days) {
        return t.plus(Duration.ofDays(days));
    }

    private static ChargeFiled charge(String number) {
        return new ChargeFiled("ODPP/BMT/" + number, "Bomet Law Courts", "Sexual Offence Case No. " + number + " of 2026",
                LocalDate.of(2026, 1, 1), List.of(new ChargeCount("s.8(1) as read with s.8(3) Sexual Offences Act", false)));
    }

    private static JudgmentDelivered judgment(String number, JudgmentDelivered.Verdict verdict, Integer years) {
        return new JudgmentDelivered("ODPP/BMT/" + number, "Sexual Offence Case No. " + number + " of 2026",
                LocalDate.of(2026, 6, 1), verdict, years == null ? null : new JudgmentDelivered.Sentence(false, years),
                null, false);
    }
}
