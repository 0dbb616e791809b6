package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ke.haki.contract.nps.CaseReferred;
import ke.haki.contract.nps.SuspectRecorded;
import ke.haki.contract.odpp.DiversionConcluded;
import ke.haki.contract.odpp.DiversionRecorded;
import ke.haki.contract.odpp.ReferralReceived;
import ke.haki.law.Offence;
import ke.haki.law.SuspectRelationship;
import ke.haki.monitoring.service.DeadlineSweep;
import ke.haki.testsupport.HakiInfrastructure;

/**
 * A diversion as the monitor judges it, from its own record of the suspect's age (the 17/18
 * boundary): a child's diversion is followed as DIVERTED (quiet alerts apply) until it is reported
 * completed, with no prohibited-diversion alert; an adult's raises PROHIBITED_CLOSURE_ATTEMPT.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "monitor.national", roles = { "ngec-monitor", "ngec-national-monitor" })
class ChildDiversionMonitorTest {

    @Inject
    TestClock clock;

    @Inject
    DeadlineSweep sweep;

    private static Feed divertedCase(Instant at, int suspectAge) {
        Feed feed = new Feed("047", "NRB-KILIMANI");
        feed.report(at, Offence.DEFILEMENT);
        feed.victim(at, 13);
        feed.nps(at, new SuspectRecorded("S1", suspectAge, SuspectRelationship.NEIGHBOUR));
        feed.nps(at, new CaseReferred(1, "ODPP-047", Offence.DEFILEMENT, 1, true));
        feed.odpp(at, new ReferralReceived("ODPP/047/2026/000950", "ODPP-047", 1));
        feed.odpp(at, new DiversionRecorded("ODPP/047/2026/000950", List.of("S1"), LocalDate.of(2026, 5, 4),
                "Children's Department, Kibera"));
        return feed;
    }

    @Test
    void aChildsDiversionIsFollowedToItsEndWithoutAProhibitedAlert() {
        Instant start = clock.instant();
        try (Feed feed = divertedCase(start, 17)) {
            given().get("/api/v1/cases/{id}", feed.caseId).then().statusCode(200)
                    .body("stage", equalTo("DIVERTED"))
                    .body("deadline.kind", equalTo("CASE_QUIET"))
                    .body("deadline.dueAt", equalTo(start.plus(Duration.ofDays(90)).toString()));
            assertThat(feed.alertStatuses("PROHIBITED_CLOSURE_ATTEMPT")).isEmpty();

            clock.advance(Duration.ofDays(90));
            sweep.sweep();
            assertThat(feed.alertStatuses("CASE_QUIET")).containsExactly("OPEN");

            feed.odpp(clock.instant(), new DiversionConcluded("ODPP/047/2026/000950",
                    DiversionConcluded.DiversionOutcome.COMPLETED, LocalDate.of(2026, 11, 4), "Programme completed"));
            given().get("/api/v1/cases/{id}", feed.caseId).then().body("stage", equalTo("DIVERSION_COMPLETED"))
                    .body("deadline", org.hamcrest.Matchers.nullValue());
            assertThat(feed.alertStatuses("CASE_QUIET")).containsExactly("CLEARED");
            assertThat(feed.alertStatuses("CLOSED_WITHOUT_COURT_OUTCOME")).isEmpty();
            assertThat(feed.alertStatuses("PROHIBITED_CLOSURE_ATTEMPT")).isEmpty();
        }
    }

    @Test
    void anAdultsDiversionIsAProhibitedDiversionWhateverTheOdppSaid() {
        try (Feed feed = divertedCase(clock.instant(), 18)) {
            assertThat(feed.alertStatuses("PROHIBITED_CLOSURE_ATTEMPT")).containsExactly("OPEN");
            given().get("/api/v1/cases/{id}/alerts", feed.caseId).then()
                    .body("find { it.type == 'PROHIBITED_CLOSURE_ATTEMPT' }.severity", equalTo("CRITICAL"))
                    .body("find { it.type == 'PROHIBITED_CLOSURE_ATTEMPT' }.rule",
                            org.hamcrest.Matchers.containsString("SOA_NO_DIVERSION"));
        }
    }
}
