package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.EventCodec;
import ke.haki.contract.Topics;
import ke.haki.law.Offence;
import ke.haki.law.ProhibitedClosure;
import ke.haki.contract.ngec.AlertRaised;
import ke.haki.contract.ngec.AlertStatusChanged;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.contract.nps.CaseReferred;
import ke.haki.contract.nps.CaseResubmitted;
import ke.haki.contract.nps.InvestigationUpdated;
import ke.haki.contract.nps.SuspectArraigned;
import ke.haki.contract.nps.SuspectArrested;
import ke.haki.contract.nps.SuspectReleased;
import ke.haki.contract.odpp.ChargeApproved;
import ke.haki.contract.odpp.ChargeFiled;
import ke.haki.contract.odpp.CourtSittingRecorded;
import ke.haki.contract.odpp.ProceedingsTerminated;
import ke.haki.law.ChargeCount;
import ke.haki.law.CourtEnding;
import ke.haki.contract.odpp.ChargeDeclined;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.monitoring.service.DeadlineSweep;
import ke.haki.testsupport.EventSchemas;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.TopicReader;
import ke.haki.testsupport.TopicWriter;

/**
 * Real events through the real broker into the monitor, the clock moved instead of waited for:
 * each alert type is raised exactly once per breach, cleared when the case moves on, and
 * published on ngec.case-alerts.v1; redeliveries and repeated sweeps raise nothing new.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "monitor.national", roles = { "ngec-monitor", "ngec-national-monitor" })
class AlertFlowTest {

    @Inject
    TestClock clock;

    @Inject
    DeadlineSweep sweep;

    @Test
    void aQuietCaseIsRaisedOnceSurvivesRedeliveryAndIsClearedByTheNextEvent() {
        try (Feed feed = new Feed("047", "NRB-KILIMANI")) {
            Instant start = clock.instant();
            CaseEvent reported = feed.report(start.minus(Duration.ofHours(1)), Offence.DEFILEMENT);
            given().get("/api/v1/cases/{id}", feed.caseId).then().statusCode(200)
                    .body("stage", equalTo("REPORTED"))
                    .body("deadline.kind", equalTo("CASE_QUIET"))
                    .body("deadline.dueAt", equalTo(start.minus(Duration.ofHours(1)).plus(Duration.ofDays(14)).toString()))
                    .body("deadline.overdue", equalTo(false));

            sweep.sweep();
            assertThat(feed.alertStatuses("CASE_QUIET")).isEmpty();

            clock.advance(Duration.ofDays(14));
            sweep.sweep();
            assertThat(feed.alertStatuses("CASE_QUIET")).containsExactly("OPEN");
            assertThat(sweep.sweep().alertsRaised()).isZero();
            assertThat(sweep.sweep().casesDue()).isZero();

            feed.redeliver(reported);
            feed.nps(clock.instant(), new ClosureAttemptRefused(ProhibitedClosure.WITHDRAWAL,
                    ProhibitedClosure.WITHDRAWAL.ruleId(), ProhibitedClosure.WITHDRAWAL.statute(), "officer.one"));
            given().get("/api/v1/cases/{id}/timeline", feed.caseId).then().statusCode(200).body("$", hasSize(2));
            assertThat(feed.alertStatuses("CASE_QUIET")).as("a refused attempt is not progress").containsExactly("OPEN");

            feed.nps(clock.instant(), new CaseReferred(1, "ODPP-NRB", Offence.DEFILEMENT, 1, true));
            assertThat(feed.alertStatuses("CASE_QUIET")).containsExactly("CLEARED");
            given().get("/api/v1/cases/{id}", feed.caseId).then().statusCode(200)
                    .body("stage", equalTo("REFERRED"))
                    .body("deadline.kind", equalTo("CASE_QUIET"))
                    .body("deadline.dueAt", equalTo(clock.instant().plus(Duration.ofDays(14)).toString()));

            List<CaseEvent> published = published(feed.caseId, 3);
            assertThat(published).extracting(e -> e.type().typeName()).containsExactlyInAnyOrder(
                    "ke.ngec.alert.raised.v1", "ke.ngec.alert.raised.v1", "ke.ngec.alert.status-changed.v1");
            AlertRaised quiet = published.stream().filter(e -> e.payload() instanceof AlertRaised r
                    && r.alertType() == AlertType.CASE_QUIET).findFirst().orElseThrow().payloadAs(AlertRaised.class);
            assertThat(quiet.reason()).contains("14 days");
            AlertStatusChanged cleared = published.stream().filter(e -> e.payload() instanceof AlertStatusChanged)
                    .findFirst().orElseThrow().payloadAs(AlertStatusChanged.class);
            assertThat(cleared.alertId()).isEqualTo(quiet.alertId());
            assertThat(cleared.status()).isEqualTo(AlertStatusChanged.AlertStatus.CLEARED);
            assertThat(published).allSatisfy(e -> {
                assertThat(e.actingUnit().unitCode()).isEqualTo("NGEC-HQ");
                assertThat(e.caseId()).isEqualTo(feed.caseId);
            });
        }
    }

    @Test
    void anArrestWithoutArraignmentWithin24HoursIsRaisedOnceAndALateArraignmentIsTheSameBreach() {
        try (Feed timer = new Feed("045", "KSI-CENTRAL"); Feed late = new Feed("045", "KSI-CENTRAL")) {
            // the monitor computes Art. 49(1)(f) itself with the court calendar: on a Tuesday morning it is 24 hours
            Instant now = clock.advanceToTuesdayMorningInKenya();
            timer.report(now, Offence.DEFILEMENT);
            timer.nps(now, new SuspectArrested("S1", now, now.plus(Duration.ofHours(24))));
            given().get("/api/v1/cases/{id}", timer.caseId).then()
                    .body("deadline.kind", equalTo("ARRAIGNMENT"))
                    .body("deadline.secondsLeft", equalTo(86400));
            sweep.sweep();
            assertThat(timer.alertStatuses("ARRAIGNMENT_OVERDUE")).isEmpty();

            late.report(now, Offence.DEFILEMENT);
            late.nps(now, new SuspectArrested("S1", now, now.plus(Duration.ofHours(24))));
            late.nps(now, new SuspectArraigned("S1", now.plus(Duration.ofHours(30)), "Kisii Law Courts", false));
            assertThat(late.alertStatuses("ARRAIGNMENT_OVERDUE")).containsExactly("OPEN");

            clock.advance(Duration.ofHours(25));
            sweep.sweep();
            assertThat(timer.alertStatuses("ARRAIGNMENT_OVERDUE")).containsExactly("OPEN");
            assertThat(sweep.sweep().alertsRaised()).isZero();
            timer.nps(clock.instant(), new SuspectArraigned("S1", clock.instant(), "Kisii Law Courts", false));
            assertThat(timer.alertStatuses("ARRAIGNMENT_OVERDUE")).containsExactly("OPEN");
            assertThat(late.alertStatuses("ARRAIGNMENT_OVERDUE")).containsExactly("OPEN");
            given().get("/api/v1/cases/{id}/alerts", timer.caseId).then()
                    .body("find { it.type == 'ARRAIGNMENT_OVERDUE' }.rule", equalTo("Constitution of Kenya Art. 49(1)(f)"));
            assertThat(published(timer.caseId, 1)).extracting(e -> e.payload() instanceof AlertRaised r ? r.alertType() : null)
                    .contains(AlertType.ARRAIGNMENT_OVERDUE);
        }
    }

    @Test
    void closuresWithoutACourtOutcomeAreRaisedOnceAndClearedWhenTheCaseIsReopened() {
        try (Feed police = new Feed("039", "BGM-CENTRAL"); Feed declined = new Feed("039", "BGM-CENTRAL")) {
            Instant now = clock.instant();
            police.report(now, Offence.DEFILEMENT);
            CaseEvent closed = police.nps(now, new CaseClosedByPolice(CaseClosedByPolice.PoliceClosureReason.NO_OFFENCE_DISCLOSED));
            police.redeliver(closed);
            police.nps(now, new InvestigationUpdated(InvestigationUpdated.InvestigationStep.OTHER));
            assertThat(police.alertStatuses("CLOSED_WITHOUT_COURT_OUTCOME")).containsExactly("OPEN");
            given().get("/api/v1/cases/{id}", police.caseId).then().body("stage", equalTo("CLOSED"))
                    .body("deadline", nullValue());

            declined.report(now, Offence.DEFILEMENT);
            declined.nps(now, new CaseReferred(1, "ODPP-039", Offence.DEFILEMENT, 1, true));
            declined.odpp(now, new ChargeDeclined("ODPP/BGM/1/2026", ChargeDeclined.DeclineReason.INSUFFICIENT_EVIDENCE,
                    false, true));
            assertThat(declined.alertStatuses("CLOSED_WITHOUT_COURT_OUTCOME")).containsExactly("OPEN");
            declined.nps(now, new CaseResubmitted(2, "ODPP-039", 3));
            assertThat(declined.alertStatuses("CLOSED_WITHOUT_COURT_OUTCOME")).containsExactly("CLEARED");
            assertThat(published(declined.caseId, 2)).extracting(e -> e.type().typeName())
                    .contains("ke.ngec.alert.raised.v1", "ke.ngec.alert.status-changed.v1");
        }
    }

    @Test
    void everyRefusedAttemptFromEitherAgencyIsItsOwnAlertAndARedeliveryAddsNone() {
        try (Feed feed = new Feed("033", "NRK-CENTRAL")) {
            Instant now = clock.instant();
            feed.report(now, Offence.DEFILEMENT);
            CaseEvent first = feed.nps(now, new ClosureAttemptRefused(ProhibitedClosure.MASLAHA,
                    ProhibitedClosure.MASLAHA.ruleId(), ProhibitedClosure.MASLAHA.statute(), "officer.two"));
            feed.odpp(now, new ClosureAttemptRefused(ProhibitedClosure.PLEA_AGREEMENT,
                    ProhibitedClosure.PLEA_AGREEMENT.ruleId(), ProhibitedClosure.PLEA_AGREEMENT.statute(), "prosecutor.one"));
            feed.redeliver(first);
            feed.nps(now, new InvestigationUpdated(InvestigationUpdated.InvestigationStep.OTHER));
            assertThat(feed.alertStatuses("PROHIBITED_CLOSURE_ATTEMPT")).containsExactly("OPEN", "OPEN");
            given().get("/api/v1/cases/{id}/alerts", feed.caseId).then()
                    .body("findAll { it.type == 'PROHIBITED_CLOSURE_ATTEMPT' }.rule.flatten()",
                            org.hamcrest.Matchers.hasItems(
                                    org.hamcrest.Matchers.startsWith("SOA_NO_MASLAHA"),
                                    org.hamcrest.Matchers.startsWith("SOA_NO_PLEA_AGREEMENT")))
                    .body("findAll { it.type == 'PROHIBITED_CLOSURE_ATTEMPT' }.severity.flatten()",
                            org.hamcrest.Matchers.everyItem(equalTo("CRITICAL")));
            assertThat(published(feed.caseId, 2)).hasSize(2);
        }
    }

    @Test
    void aSentenceBelowTheMinimumForTheChildsAgeBandIsRaisedEvenWhenOdppDidNotFlagIt() {
        try (Feed below = new Feed("045", "KSI-CENTRAL"); Feed lawful = new Feed("045", "KSI-CENTRAL")) {
            Instant now = clock.instant();
            for (Feed feed : List.of(below, lawful)) {
                feed.report(now, Offence.DEFILEMENT);
                feed.victim(now, 13);
            }
            below.odpp(now, judgment(15));
            lawful.odpp(now, judgment(20));
            assertThat(below.alertStatuses("SENTENCE_BELOW_STATUTORY_MINIMUM")).containsExactly("OPEN");
            given().get("/api/v1/cases/{id}/alerts", below.caseId).then()
                    .body("find { it.type == 'SENTENCE_BELOW_STATUTORY_MINIMUM' }.rule", org.hamcrest.Matchers.containsString("s.8(3)"));
            below.nps(now, new InvestigationUpdated(InvestigationUpdated.InvestigationStep.OTHER));
            assertThat(below.alertStatuses("SENTENCE_BELOW_STATUTORY_MINIMUM")).containsExactly("OPEN");
            assertThat(lawful.alertStatuses("SENTENCE_BELOW_STATUTORY_MINIMUM")).isEmpty();
            given().get("/api/v1/cases/{id}", below.caseId).then().body("stage", equalTo("JUDGMENT"))
                    .body("courtCaseNumber", equalTo("Sexual Offence Case No. E035 of 2026"));
        }
    }

    @Test
    void aSkippedSequenceNumberIsRaisedAfterTheGraceAndClearedWhenTheEventArrives() {
        try (Feed feed = new Feed("047", "NRB-KILIMANI")) {
            Instant now = clock.instant();
            feed.report(now, Offence.DEFILEMENT);
            feed.npsNumbered(3, now, new InvestigationUpdated(InvestigationUpdated.InvestigationStep.SCENE_VISITED));
            given().get("/api/v1/cases/{id}", feed.caseId).then()
                    .body("deadline.kind", equalTo("SEQUENCE_GAP"))
                    .body("deadline.dueAt", equalTo(now.plus(Duration.ofMinutes(10)).toString()))
                    .body("lastNpsSequence", equalTo(3));
            sweep.sweep();
            assertThat(feed.alertStatuses("EVENT_SEQUENCE_GAP")).isEmpty();

            clock.advance(Duration.ofMinutes(11));
            sweep.sweep();
            assertThat(feed.alertStatuses("EVENT_SEQUENCE_GAP")).containsExactly("OPEN");
            assertThat(sweep.sweep().alertsRaised()).isZero();

            feed.npsNumbered(2, now, new InvestigationUpdated(InvestigationUpdated.InvestigationStep.STATEMENT_RECORDED));
            assertThat(feed.alertStatuses("EVENT_SEQUENCE_GAP")).containsExactly("CLEARED");
            List<CaseEvent> published = published(feed.caseId, 2);
            assertThat(published).extracting(e -> e.type().typeName())
                    .containsExactly("ke.ngec.alert.raised.v1", "ke.ngec.alert.status-changed.v1");
            assertThat(published.get(0).payloadAs(AlertRaised.class).reason()).contains("NPS event number 2");
        }
    }

    @Test
    void aFridayEveningArrestArraignedOnMondayIsLawfulAndABondReleaseStopsTheClock() {
        try (Feed weekend = new Feed("045", "KSI-CENTRAL"); Feed bond = new Feed("045", "KSI-CENTRAL")) {
            Instant tuesday = clock.advanceToTuesdayMorningInKenya();
            Instant friday = tuesday.plus(Duration.ofDays(3)).plus(Duration.ofHours(9)); // Friday 19:00 EAT
            while (ke.haki.law.CourtCalendar.standard().isHoliday(ke.haki.law.KenyanTime.dateOf(friday.plus(Duration.ofDays(3))))) {
                friday = friday.plus(Duration.ofDays(7)); // a Monday holiday would move the limit to Tuesday
            }
            clock.advance(Duration.between(tuesday, friday));
            weekend.report(friday, Offence.DEFILEMENT);
            // the police's own deadline (a flat 24 hours) is ignored: the monitor computes Monday 17:00 EAT
            weekend.nps(friday, new SuspectArrested("S1", friday, friday.plus(Duration.ofHours(24))));
            given().get("/api/v1/cases/{id}", weekend.caseId).then().body("deadline.kind", equalTo("ARRAIGNMENT"))
                    .body("deadline.dueAt", equalTo(friday.plus(Duration.ofDays(2)).plus(Duration.ofHours(22)).toString()));
            clock.advance(Duration.ofDays(2).plus(Duration.ofHours(22)));
            sweep.sweep(); // exactly at the limit: still in time
            assertThat(weekend.alertStatuses("ARRAIGNMENT_OVERDUE")).isEmpty();
            clock.advance(Duration.ofDays(-2).minus(Duration.ofHours(22)));
            clock.advance(Duration.ofHours(30)); // Sunday 01:00 EAT
            sweep.sweep();
            assertThat(weekend.alertStatuses("ARRAIGNMENT_OVERDUE")).isEmpty();
            Instant mondayMorning = friday.plus(Duration.ofDays(2)).plus(Duration.ofHours(14)); // Monday 09:00 EAT
            weekend.nps(mondayMorning, new SuspectArraigned("S1", mondayMorning, "Kisii Law Courts", false));
            assertThat(weekend.alertStatuses("ARRAIGNMENT_OVERDUE")).as("the police's flag is not trusted either").isEmpty();

            bond.report(clock.instant(), Offence.DEFILEMENT);
            bond.nps(clock.instant(), new SuspectArrested("S1", clock.instant(), null));
            bond.nps(clock.instant(), new SuspectReleased("S1", clock.instant().plus(Duration.ofHours(2)),
                    SuspectReleased.ReleaseTerms.POLICE_BOND));
            clock.advance(Duration.ofDays(10));
            sweep.sweep();
            assertThat(bond.alertStatuses("ARRAIGNMENT_OVERDUE")).isEmpty();
        }
    }

    @Test
    void aCourtDischargeAfterWithdrawalAndADowngradeAreRaised() {
        try (Feed feed = new Feed("047", "NRB-KILIMANI")) {
            Instant now = clock.instant();
            feed.report(now, Offence.DEFILEMENT);
            feed.victim(now, 13);
            feed.odpp(now, new ChargeApproved("ODPP/047/2026/000777", List.of(new ChargeCount("s.11(1) Sexual Offences Act",
                    false)), "s.8(1) as read with s.8(3) Sexual Offences Act", "The complainant's family asked for it"));
            assertThat(feed.alertStatuses("CHARGE_DOWNGRADED")).containsExactly("OPEN");
            feed.odpp(now, new ProceedingsTerminated("ODPP/047/2026/000777", "Sexual Offence Case No. E077 of 2026",
                    java.time.LocalDate.of(2026, 8, 14), CourtEnding.DISCHARGE_AFTER_WITHDRAWAL, null));
            assertThat(feed.alertStatuses("CLOSED_WITHOUT_COURT_OUTCOME")).containsExactly("OPEN");
            given().get("/api/v1/cases/{id}/alerts", feed.caseId).then()
                    .body("find { it.type == 'CLOSED_WITHOUT_COURT_OUTCOME' }.severity", equalTo("CRITICAL"))
                    .body("find { it.type == 'CLOSED_WITHOUT_COURT_OUTCOME' }.rule", containsString("s.87(a)"));
            given().get("/api/v1/cases/{id}", feed.caseId).then().body("stage", equalTo("CLOSED"));
        }
    }

    @Test
    void adjournmentsInARowAndATrialPastItsLimitAreDelays() {
        try (Feed feed = new Feed("047", "NRB-KILIMANI")) {
            Instant now = clock.instant();
            feed.report(now, Offence.DEFILEMENT);
            feed.odpp(now, new ChargeFiled("ODPP/047/2026/000778", "Milimani Law Courts",
                    "Sexual Offence Case No. E078 of 2026", java.time.LocalDate.of(2026, 5, 1),
                    List.of(new ChargeCount("s.8(1) as read with s.8(3) Sexual Offences Act", false))));
            for (int i = 0; i < 3; i++) {
                java.time.LocalDate day = java.time.LocalDate.of(2026, 5, 4).plusWeeks(2L * i);
                feed.odpp(now, new CourtSittingRecorded("Sexual Offence Case No. E078 of 2026",
                        CourtSittingRecorded.SittingKind.HEARING, day, true,
                        CourtSittingRecorded.AdjournmentReason.WITNESS_ABSENT, day.plusWeeks(2)));
                assertThat(feed.alertStatuses("TRIAL_DELAYED")).hasSize(i < 2 ? 0 : 1);
            }
            clock.advance(Duration.ofDays(361));
            sweep.sweep();
            assertThat(feed.alertStatuses("TRIAL_DELAYED")).as("3 adjournments, then 360 days without judgment").hasSize(2);
            assertThat(sweep.sweep().alertsRaised()).isZero();
        }
    }

    @Test
    void aRecordThatIsNotAnEventGoesToTheDeadLetterTopic() {
        String key = "poison-" + System.nanoTime();
        try (TopicWriter writer = new TopicWriter(Feed.bootstrapServers());
                TopicReader dlq = new TopicReader(Feed.bootstrapServers(), Topics.MONITORING_DLQ)) {
            writer.send(Topics.ODPP_CASE_EVENTS, key, "{\"type\":\"not-a-type\"}", Map.of());
            List<ConsumerRecord<String, String>> dead = dlq.recordsFor(key, 1, Duration.ofSeconds(60));
            assertThat(dead).hasSize(1);
            assertThat(TopicReader.header(dead.get(0), "dead-letter-reason")).contains("unknown event type");
        }
    }

    static JudgmentDelivered judgment(int years) {
        return new JudgmentDelivered("ODPP/KSI/7/2026", "Sexual Offence Case No. E035 of 2026",
                java.time.LocalDate.of(2026, 9, 1), JudgmentDelivered.Verdict.CONVICTED,
                new JudgmentDelivered.Sentence(false, years), null, false);
    }

    /** The alerts published for a case on ngec.case-alerts.v1, in order. */
    static List<CaseEvent> published(String caseId, int atLeast) {
        try (TopicReader reader = new TopicReader(Feed.bootstrapServers(), Topics.NGEC_CASE_ALERTS)) {
            List<ConsumerRecord<String, String>> records = reader.recordsFor(caseId, atLeast, Duration.ofSeconds(30));
            reader.drain();
            records = reader.drain().stream().filter(r -> caseId.equals(r.key())).toList();
            assertThat(records).allSatisfy(r -> {
                assertThat(TopicReader.header(r, CloudEventHeaders.SUBJECT)).isEqualTo(caseId);
                assertThat(TopicReader.header(r, CloudEventHeaders.TYPE)).startsWith("ke.ngec.alert.");
                assertThat(EventSchemas.violations(r)).as("schema of %s", r.value()).isEmpty();
            });
            return records.stream().map(r -> EventCodec.fromJson(r.value())).toList();
        }
    }
}
