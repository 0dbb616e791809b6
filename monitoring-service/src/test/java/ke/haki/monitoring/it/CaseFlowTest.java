package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;

import ke.haki.contract.nps.CaseReferred;
import ke.haki.contract.odpp.ChargeFiled;
import ke.haki.contract.odpp.CourtSittingRecorded;
import ke.haki.contract.odpp.CourtSittingRecorded.AdjournmentReason;
import ke.haki.contract.odpp.CourtSittingRecorded.SittingKind;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.contract.odpp.PleaRecorded;
import ke.haki.contract.odpp.ProceedingsTerminated;
import ke.haki.law.ChargeCount;
import ke.haki.law.CourtEnding;
import ke.haki.law.KenyanTime;
import ke.haki.law.Offence;
import ke.haki.testsupport.HakiInfrastructure;

/**
 * A month of cases in Turkana (023), a county no other test uses, against figures computed by hand.
 * All at 07:00 UTC (10:00 in Kenya) unless said; days after the report:
 * <pre>
 * case  reported (EAT)     referred  charged  in court          ended in court
 * A     2 March            +2        +10      +12 plea          +40 convicted   (+20 a hearing, not adjourned)
 * B     5 March            +4        +20      +21 plea          +51 acquitted   (+30 adjourned: accused absent)
 * C     10 March           +6        +30      +35 adjourned     +60 discharged after withdrawal (no outcome on the merits)
 *                                             (witness absent; +50 again, witness absent)
 * D     15 March           +8        -        -                 -
 * E     20 March           -         -        -                 -
 * F     1 April 01:30 EAT  1 May 00:30 EAT (30 April 22:30 and 21:30 UTC: Kenyan months, not UTC ones)
 * </pre>
 * Per Kenyan month: March reported 5, referred 4 (A-D), charged 2 (A 12th, B 25th), in court 2 (A 14th,
 * B 26th); April reported 1 (F), charged 1 (C 9th), in court 1 (C 14th), judged 2 (A convicted 11th, B
 * acquitted 25th); May referred 1 (F), judged 1 (C on 9 May, without an outcome on the merits).
 * <p>The funnel of March's reports: 5 reported, 4 referred (1 lost, 20%), 3 charged (1 lost, 25%), 3
 * in court, 3 judged (0 lost); medians from the step before: referral 2,4,6,8 = 5 days; charge 8,16,24
 * = 16; court 2,1,5 = 2; judgment 28,30,25 = 28; 3 of 5 reached judgment (0.6). March and April:
 * 6 reported, 5 referred (lost 1 of 6), 3 charged (lost 2 of 5, 40%), referral median of 2,4,6,8 and
 * F's 29 days 23 hours = 6.
 * <p>Adjournments March to May: witness absent 2, accused absent 1, the rest 0 (A's hearing was not
 * adjourned); none in March.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "monitor.national", roles = { "ngec-monitor", "ngec-national-monitor" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseFlowTest {

    static final String TURKANA = "023";

    private static boolean fed;

    /** Fed once, before the first test (in order: as the national monitor, who can read every timeline). */
    @BeforeEach
    void aMonthOfCasesInTurkana() {
        if (fed) {
            return;
        }
        fed = true;
        try (Feed a = new Feed(TURKANA, "TRK-LODWAR"); Feed b = new Feed(TURKANA, "TRK-LODWAR");
                Feed c = new Feed(TURKANA, "TRK-KAKUMA"); Feed d = new Feed(TURKANA, "TRK-KAKUMA");
                Feed e = new Feed(TURKANA, "TRK-LODWAR"); Feed f = new Feed(TURKANA, "TRK-LODWAR")) {
            Instant ta = Instant.parse("2026-03-02T07:00:00Z");
            a.report(ta, Offence.DEFILEMENT);
            a.nps(day(ta, 2), referral());
            a.odpp(day(ta, 10), charge("E101"));
            a.odpp(day(ta, 12), plea("E101", day(ta, 12)));
            a.odpp(day(ta, 20), sitting("E101", day(ta, 20), null));
            a.odpp(day(ta, 40), judgment("E101", JudgmentDelivered.Verdict.CONVICTED, CourtEnding.CONVICTION));

            Instant tb = Instant.parse("2026-03-05T07:00:00Z");
            b.report(tb, Offence.DEFILEMENT);
            b.nps(day(tb, 4), referral());
            b.odpp(day(tb, 20), charge("E102"));
            b.odpp(day(tb, 21), plea("E102", day(tb, 21)));
            b.odpp(day(tb, 30), sitting("E102", day(tb, 30), AdjournmentReason.ACCUSED_ABSENT));
            b.odpp(day(tb, 51), judgment("E102", JudgmentDelivered.Verdict.ACQUITTED, CourtEnding.ACQUITTAL_AFTER_TRIAL));

            Instant tc = Instant.parse("2026-03-10T07:00:00Z");
            c.report(tc, Offence.DEFILEMENT);
            c.nps(day(tc, 6), referral());
            c.odpp(day(tc, 30), charge("E103"));
            c.odpp(day(tc, 35), sitting("E103", day(tc, 35), AdjournmentReason.WITNESS_ABSENT));
            c.odpp(day(tc, 50), sitting("E103", day(tc, 50), AdjournmentReason.WITNESS_ABSENT));
            c.odpp(day(tc, 60), new ProceedingsTerminated("ODPP/TRK/E103", court("E103"),
                    KenyanTime.dateOf(day(tc, 60)), CourtEnding.DISCHARGE_AFTER_WITHDRAWAL, "Ruling of 9 May 2026"));

            Instant td = Instant.parse("2026-03-15T07:00:00Z");
            d.report(td, Offence.DEFILEMENT);
            d.nps(day(td, 8), referral());

            e.report(Instant.parse("2026-03-20T07:00:00Z"), Offence.DEFILEMENT);

            f.report(Instant.parse("2026-03-31T22:30:00Z"), Offence.DEFILEMENT);
            f.nps(Instant.parse("2026-04-30T21:30:00Z"), referral());
        }
    }

    @Test
    @Order(1)
    void eachKenyanMonthCountsTheCasesThatReachedEachStepInIt() {
        JsonPath months = given().queryParam("from", "2026-02").queryParam("to", "2026-05").queryParam("county", TURKANA)
                .get("/api/v1/statistics/trends").then().statusCode(200).body("$", hasSize(4)).extract().jsonPath();
        assertThat(months.getList("month")).containsExactly("2026-02", "2026-03", "2026-04", "2026-05");
        assertThat(months.getMap("[0]")).containsEntry("countyCode", TURKANA).containsEntry("reported", 0)
                .containsEntry("referred", 0).containsEntry("judged", 0);
        assertThat(months.getMap("[1]")).containsEntry("reported", 5).containsEntry("referred", 4)
                .containsEntry("charged", 2).containsEntry("inCourt", 2).containsEntry("judged", 0);
        assertThat(months.getMap("[2]")).containsEntry("reported", 1).containsEntry("referred", 0)
                .containsEntry("charged", 1).containsEntry("inCourt", 1).containsEntry("judged", 2)
                .containsEntry("convicted", 1).containsEntry("acquitted", 1).containsEntry("endedWithoutOutcomeOnTheMerits", 0);
        assertThat(months.getMap("[3]")).containsEntry("reported", 0).containsEntry("referred", 1)
                .containsEntry("charged", 0).containsEntry("inCourt", 0).containsEntry("judged", 1)
                .containsEntry("convicted", 0).containsEntry("acquitted", 0).containsEntry("endedWithoutOutcomeOnTheMerits", 1);

        String csv = given().queryParam("from", "2026-03").queryParam("to", "2026-05").queryParam("county", TURKANA)
                .queryParam("format", "csv").get("/api/v1/statistics/trends").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        assertThat(csv.lines().toList()).containsExactly(
                "month,county_code,county_name,reported,referred,charged,in_court,judged,convicted,acquitted,"
                        + "ended_without_outcome_on_the_merits",
                "2026-03,023,Turkana,5,4,2,2,0,0,0,0",
                "2026-04,023,Turkana,1,0,1,1,2,1,1,0",
                "2026-05,023,Turkana,0,1,0,0,1,0,0,1");
    }

    @Test
    @Order(2)
    void perCountyTrendsListEveryCountyEveryMonthAndTheNationalRowsIncludeTurkana() {
        List<String> lines = given().queryParam("from", "2026-03").queryParam("to", "2026-04").queryParam("perCounty", true)
                .accept("text/csv").get("/api/v1/statistics/trends").then().statusCode(200).extract().asString()
                .lines().toList();
        assertThat(lines).hasSize(1 + 2 * 47).contains("2026-03,023,Turkana,5,4,2,2,0,0,0,0")
                .contains("2026-04,023,Turkana,1,0,1,1,2,1,1,0");
        Map<String, Object> nationalMarch = given().queryParam("from", "2026-03").queryParam("to", "2026-03")
                .get("/api/v1/statistics/trends").then().statusCode(200).body("$", hasSize(1))
                .body("[0].countyCode", nullValue()).extract().path("[0]");
        assertThat((Integer) nationalMarch.get("reported")).isGreaterThanOrEqualTo(5);
    }

    @Test
    @Order(3)
    void theFunnelOfMarchsReportsLosesAShareAtEachStepWithTheMedianDaysOfEach() {
        JsonPath funnel = given().queryParam("from", "2026-03").queryParam("to", "2026-03").queryParam("county", TURKANA)
                .get("/api/v1/statistics/funnel").then().statusCode(200).extract().jsonPath();
        assertThat(funnel.getList("steps.step")).containsExactly("REPORTED", "REFERRED", "CHARGED", "IN_COURT", "JUDGED");
        assertThat(funnel.getList("steps.cases", Integer.class)).containsExactly(5, 4, 3, 3, 3);
        assertThat(funnel.getList("steps.lost", Integer.class)).containsExactly(0, 1, 1, 0, 0);
        assertThat(funnel.getList("steps.shareLost", Float.class)).containsExactly(null, 0.2f, 0.25f, 0.0f, 0.0f);
        assertThat(funnel.getList("steps.medianDaysFromPreviousStep", Float.class))
                .containsExactly(null, 5.0f, 16.0f, 2.0f, 28.0f);
        assertThat(funnel.getInt("convicted")).isEqualTo(1);
        assertThat(funnel.getInt("acquitted")).isEqualTo(1);
        assertThat(funnel.getInt("endedWithoutOutcomeOnTheMerits")).isEqualTo(1);
        assertThat(funnel.getFloat("reachedJudgment")).isEqualTo(0.6f);
        assertThat(funnel.getString("countyCode")).isEqualTo(TURKANA);

        JsonPath spring = given().queryParam("from", "2026-03").queryParam("to", "2026-04").queryParam("county", TURKANA)
                .get("/api/v1/statistics/funnel").then().statusCode(200).extract().jsonPath();
        assertThat(spring.getList("steps.cases", Integer.class)).containsExactly(6, 5, 3, 3, 3);
        assertThat(spring.getList("steps.lost", Integer.class)).containsExactly(0, 1, 2, 0, 0);
        assertThat(spring.getDouble("steps[1].shareLost")).isCloseTo(1.0 / 6, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(spring.getFloat("steps[2].shareLost")).isEqualTo(0.4f);
        assertThat(spring.getFloat("steps[1].medianDaysFromPreviousStep")).isEqualTo(6.0f);

        String csv = given().queryParam("from", "2026-03").queryParam("to", "2026-03").queryParam("county", TURKANA)
                .queryParam("format", "csv").get("/api/v1/statistics/funnel").then().statusCode(200).extract().asString();
        assertThat(csv.lines().toList()).containsExactly(
                "from,to,county_code,step,cases,lost,share_lost,median_days_from_previous_step",
                "2026-03,2026-03,023,REPORTED,5,0,,",
                "2026-03,2026-03,023,REFERRED,4,1,0.2000,5.00",
                "2026-03,2026-03,023,CHARGED,3,1,0.2500,16.00",
                "2026-03,2026-03,023,IN_COURT,3,0,0.0000,2.00",
                "2026-03,2026-03,023,JUDGED,3,0,0.0000,28.00");
    }

    @Test
    @Order(4)
    void adjournmentsAreCountedByReasonByTheSittingsDate() {
        JsonPath reasons = given().queryParam("from", "2026-03").queryParam("to", "2026-05").queryParam("county", TURKANA)
                .get("/api/v1/statistics/adjournments").then().statusCode(200).body("adjournments", equalTo(3))
                .extract().jsonPath();
        assertThat(reasons.getList("reasons.reason")).containsExactly("WITNESS_ABSENT", "ACCUSED_ABSENT",
                "COURT_NOT_SITTING", "FILE_NOT_READY", "OTHER");
        assertThat(reasons.getList("reasons.adjournments", Integer.class)).containsExactly(2, 1, 0, 0, 0);
        given().queryParam("from", "2026-03").queryParam("to", "2026-03").queryParam("county", TURKANA)
                .get("/api/v1/statistics/adjournments").then().statusCode(200).body("adjournments", equalTo(0))
                .body("reasons[0].share", nullValue());
        String csv = given().queryParam("from", "2026-03").queryParam("to", "2026-05").queryParam("county", TURKANA)
                .accept("text/csv").get("/api/v1/statistics/adjournments").then().statusCode(200).extract().asString();
        assertThat(csv.lines().toList()).containsExactly("from,to,county_code,reason,adjournments,share",
                "2026-03,2026-05,023,WITNESS_ABSENT,2,0.6667", "2026-03,2026-05,023,ACCUSED_ABSENT,1,0.3333",
                "2026-03,2026-05,023,COURT_NOT_SITTING,0,0.0000", "2026-03,2026-05,023,FILE_NOT_READY,0,0.0000",
                "2026-03,2026-05,023,OTHER,0,0.0000");
    }

    @Test
    @Order(5)
    @TestSecurity(user = "monitor.kisii", roles = "ngec-monitor")
    @OidcSecurity(claims = @Claim(key = "county_code", value = "045"))
    void aCountyMonitorSeesOnlyTheirOwnCountyWhateverCountyTheyAskFor() {
        given().queryParam("from", "2026-03").queryParam("to", "2026-03").queryParam("county", TURKANA)
                .get("/api/v1/statistics/funnel").then().statusCode(200).body("countyCode", equalTo("045"))
                .body("steps[0].cases", equalTo(0));
        given().queryParam("from", "2026-03").queryParam("to", "2026-03").queryParam("county", TURKANA)
                .get("/api/v1/statistics/trends").then().statusCode(200).body("[0].countyCode", equalTo("045"))
                .body("[0].reported", equalTo(0));
        given().queryParam("from", "2026-03").queryParam("to", "2026-03").queryParam("perCounty", true)
                .get("/api/v1/statistics/trends").then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "officer.lodwar", roles = "nps-officer")
    void someoneWhoIsNotAMonitorIsRefused() {
        given().get("/api/v1/statistics/funnel").then().statusCode(403);
        given().get("/api/v1/statistics/trends").then().statusCode(403);
        given().get("/api/v1/statistics/adjournments").then().statusCode(403);
    }

    @Test
    @Order(7)
    void wrongPeriodsAndCountiesAre400ProblemsNamingTheField() {
        given().queryParam("from", "March").get("/api/v1/statistics/trends").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body(containsString("from"));
        given().queryParam("from", "2026-05").queryParam("to", "2026-03").get("/api/v1/statistics/funnel").then()
                .statusCode(400).contentType(containsString("application/problem+json"));
        given().queryParam("from", "2010-01").queryParam("to", "2026-03").get("/api/v1/statistics/trends").then()
                .statusCode(400);
        given().queryParam("county", "099").get("/api/v1/statistics/adjournments").then().statusCode(400)
                .body(containsString("county"));
        given().queryParam("format", "xml").get("/api/v1/statistics/funnel").then().statusCode(400);
    }

    private static Instant day(Instant t, int days) {
        return t.plus(Duration.ofDays(days));
    }

    private static CaseReferred referral() {
        return new CaseReferred(1, "ODPP-023", Offence.DEFILEMENT, 1, true);
    }

    private static String court(String number) {
        return "Sexual Offence Case No. " + number + " of 2026";
    }

    private static ChargeFiled charge(String number) {
        return new ChargeFiled("ODPP/TRK/" + number, "Lodwar Law Courts", court(number), LocalDate.of(2026, 3, 1),
                List.of(new ChargeCount("s.8(1) as read with s.8(3) Sexual Offences Act", false)));
    }

    private static PleaRecorded plea(String number, Instant at) {
        return new PleaRecorded(court(number), PleaRecorded.Plea.NOT_GUILTY, KenyanTime.dateOf(at));
    }

    private static CourtSittingRecorded sitting(String number, Instant at, AdjournmentReason adjourned) {
        LocalDate date = KenyanTime.dateOf(at);
        return new CourtSittingRecorded(court(number), SittingKind.HEARING, date, adjourned != null, adjourned,
                date.plusDays(15));
    }

    private static JudgmentDelivered judgment(String number, JudgmentDelivered.Verdict verdict, CourtEnding ending) {
        return new JudgmentDelivered("ODPP/TRK/" + number, court(number), LocalDate.of(2026, 4, 1), verdict,
                verdict == JudgmentDelivered.Verdict.CONVICTED ? new JudgmentDelivered.Sentence(false, 20) : null, null,
                false, ending, verdict == JudgmentDelivered.Verdict.CONVICTED ? Offence.DEFILEMENT : null, null, null);
    }
}
