package ke.haki.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ke.haki.contract.ActingUnit;
import ke.haki.contract.Agency;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.EventPayload;
import ke.haki.contract.nps.CaseReferred;
import ke.haki.contract.nps.CaseReported;
import ke.haki.contract.odpp.ChargeApproved;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.law.ChargeCount;
import ke.haki.law.Offence;
import ke.haki.law.ProhibitedClosure;

/** The monitor's case aggregate: its lifecycle check, its stage, and the times it keeps. */
class MonitoredCaseTest {

    static final Instant T0 = Instant.parse("2026-04-10T08:00:00Z");
    static final ActingUnit STATION = new ActingUnit(Agency.NPS, "NRB-KILIMANI", "047");
    static final ActingUnit ODPP = new ActingUnit(Agency.ODPP, "ODPP-NRB", "047");
    static final CaseReported REPORT = new CaseReported("OB 1/1/1/2026", "NRB-KILIMANI", "047", Offence.DEFILEMENT,
            LocalDate.of(2026, 4, 9), T0);

    static CaseEvent event(ActingUnit unit, long sequence, Instant at, EventPayload payload) {
        return CaseEvent.of(UUID.randomUUID(), "case-1", sequence, at, unit, payload);
    }

    @Test
    void aReportMovesAnUnseenCaseToReportedAndStartsItsClocks() {
        MonitoredCase c = MonitoredCase.unseen();
        CaseEvent report = event(STATION, 1, T0, REPORT);
        assertThat(c.misfit(report)).isEmpty();

        MonitoredCase.Change change = c.record(report, null);

        assertThat(change).isEqualTo(new MonitoredCase.Change(null, Stage.REPORTED, true));
        assertThat(change.restartsQuietClock()).isTrue();
        assertThat(c.stage()).isEqualTo(Stage.REPORTED);
        assertThat(c.lastEventAt()).isEqualTo(T0);
        assertThat(c.lastProgressAt()).isEqualTo(T0);
    }

    @Test
    void aSecondReportDoesNotFitAReportedCase() {
        MonitoredCase reported = MonitoredCase.of(Stage.REPORTED, true, null, 0, T0, T0);
        assertThat(reported.misfit(event(STATION, 2, T0.plusSeconds(60), REPORT))).get().asString()
                .contains("already reported");
    }

    @Test
    void aRefusedClosureAttemptIsNotProgressAndLeavesTheStage() {
        MonitoredCase c = MonitoredCase.of(Stage.REFERRED, true, null, 0, T0, T0);
        ProhibitedClosure attempt = ProhibitedClosure.WITHDRAWAL;
        CaseEvent refused = event(STATION, 3, T0.plusSeconds(3600),
                new ClosureAttemptRefused(attempt, attempt.ruleId(), attempt.statute(), "officer.maralal"));

        MonitoredCase.Change change = c.record(refused, null);

        assertThat(change).isEqualTo(new MonitoredCase.Change(Stage.REFERRED, Stage.REFERRED, false));
        assertThat(change.restartsQuietClock()).isFalse();
        assertThat(c.lastEventAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(c.lastProgressAt()).isEqualTo(T0);
    }

    @Test
    void aLateEventMovesNoTimeBackNorALaterStage() {
        MonitoredCase c = MonitoredCase.of(Stage.CHARGED, true, null, 2, T0, T0);
        CaseEvent lateReferral = event(STATION, 2, T0.minusSeconds(86_400),
                new CaseReferred(1, "ODPP-NRB", Offence.DEFILEMENT, 1, true));

        MonitoredCase.Change change = c.record(lateReferral, null);

        assertThat(change.stage()).isEqualTo(Stage.CHARGED);
        assertThat(c.lastEventAt()).isEqualTo(T0);
        assertThat(c.lastProgressAt()).isEqualTo(T0);
    }

    @Test
    void anOdppStepThatItsOwnEarlierEventsRuleOutDoesNotFitAndAGapSuspendsTheCheck() {
        JudgmentDelivered judgment = new JudgmentDelivered("F", "C", LocalDate.of(2026, 6, 1),
                JudgmentDelivered.Verdict.ACQUITTED, null, null, false);
        MonitoredCase referred = MonitoredCase.of(Stage.REFERRED, true, null, 4, T0, T0);
        assertThat(referred.misfit(event(ODPP, 5, T0, judgment))).get().asString().contains("a charge before the court");
        assertThat(referred.misfit(event(ODPP, 7, T0, judgment))).isEmpty();
    }

    @Test
    void anApprovedChargeMovesAReferredCaseOnAndRestartsTheQuietClock() {
        MonitoredCase c = MonitoredCase.of(Stage.REFERRED, true, null, 1, T0, T0);
        CaseEvent approved = event(ODPP, 2, T0.plusSeconds(7200), new ChargeApproved("ODPP/047/2026/000001",
                List.of(new ChargeCount("s.8(1) as read with s.8(3) Sexual Offences Act", false)), null, null));
        assertThat(c.misfit(approved)).isEmpty();

        MonitoredCase.Change change = c.record(approved, null);

        assertThat(change).isEqualTo(new MonitoredCase.Change(Stage.REFERRED, Stage.CHARGED, true));
        assertThat(c.lastProgressAt()).isEqualTo(T0.plusSeconds(7200));
    }
}
