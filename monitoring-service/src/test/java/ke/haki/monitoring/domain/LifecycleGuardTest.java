package ke.haki.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ke.haki.contract.ActingUnit;
import ke.haki.contract.Agency;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.EventPayload;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;
import ke.haki.contract.nps.CaseReferred;
import ke.haki.contract.nps.CaseReported;
import ke.haki.contract.odpp.AppealFiled;
import ke.haki.contract.odpp.DiversionRecorded;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.contract.odpp.PleaRecorded;
import ke.haki.law.Offence;

/** The monitor's lifecycle guard and its independent judgement of a child diversion. */
class LifecycleGuardTest {

    static final Instant T0 = Instant.parse("2026-04-10T08:00:00Z");
    static final ActingUnit STATION = new ActingUnit(Agency.NPS, "NRB-KILIMANI", "047");
    static final ActingUnit ODPP = new ActingUnit(Agency.ODPP, "ODPP-NRB", "047");
    static final JudgmentDelivered JUDGMENT = new JudgmentDelivered("F", "C", LocalDate.of(2026, 6, 1),
            JudgmentDelivered.Verdict.ACQUITTED, null, null, false);

    static CaseEvent event(ActingUnit unit, long sequence, Instant at, EventPayload payload) {
        return CaseEvent.of(UUID.randomUUID(), "case-1", sequence, at, unit, payload);
    }

    @Test
    void aSecondPoliceReportIsRefusedItWouldMoveTheCase() {
        CaseEvent report = event(STATION, 7, T0, new CaseReported("OB 1/1/1/2026", "KSI-CENTRAL", "045",
                Offence.DEFILEMENT, LocalDate.of(2026, 4, 9), T0));
        assertThat(new LifecycleGuard(null, false, null, 0).misfit(report)).isEmpty();
        assertThat(new LifecycleGuard(Stage.REPORTED, true, null, 0).misfit(report)).get().asString()
                .contains("already reported").contains("045");
    }

    @Test
    void aReferralMadeAfterTheJudgmentIsRefusedALateOneIsNot() {
        Instant judged = T0.plusSeconds(3600);
        LifecycleGuard guard = new LifecycleGuard(Stage.JUDGMENT, true, judged, 5);
        CaseReferred referral = new CaseReferred(1, "ODPP-NRB", Offence.DEFILEMENT, 1, true);
        assertThat(guard.misfit(event(STATION, 6, judged.plusSeconds(1), referral))).get().asString()
                .contains("after the case was judged");
        assertThat(guard.misfit(event(STATION, 6, judged.minusSeconds(60), referral))).isEmpty();
    }

    @ParameterizedTest(name = "{0} after ODPP's events left the case {1}: fits {2}")
    @CsvSource({ "plea,REFERRED,false", "plea,CLOSED,false", "plea,CHARGED,true", "plea,IN_COURT,true",
            "judgment,REFERRED,false", "judgment,RETURNED_TO_POLICE,false", "judgment,JUDGMENT,false",
            "judgment,DIVERTED,false", "judgment,IN_COURT,true", "appeal,IN_COURT,false", "appeal,JUDGMENT,true" })
    void anOdppStepMustFollowTheOdppsOwnEarlierSteps(String step, Stage stage, boolean fits) {
        EventPayload payload = switch (step) {
            case "plea" -> new PleaRecorded("C", PleaRecorded.Plea.NOT_GUILTY, LocalDate.of(2026, 5, 1));
            case "judgment" -> JUDGMENT;
            default -> new AppealFiled("C", AppealFiled.Appellant.ACCUSED, "Court of Appeal", LocalDate.of(2026, 7, 1));
        };
        assertThat(new LifecycleGuard(stage, true, null, 4).misfit(event(ODPP, 5, T0, payload)).isEmpty()).isEqualTo(fits);
    }

    @Test
    void afterAGapInTheOdppsEventsTheStepIsApplied() {
        assertThat(new LifecycleGuard(Stage.REFERRED, true, null, 2).misfit(event(ODPP, 5, T0, JUDGMENT))).isEmpty();
        assertThat(new LifecycleGuard(Stage.UNDER_INVESTIGATION, true, null, 0).misfit(event(ODPP, 1, T0, JUDGMENT)))
                .isEmpty();
    }

    @ParameterizedTest(name = "suspect aged {0}: prohibited-diversion alert {1}")
    @CsvSource({ "17,false", "18,true", "16,false", "45,true" })
    void aDiversionIsJudgedFromTheMonitorsOwnRecordOfTheSuspectsAge(int age, boolean alert) {
        CaseEvent diverted = event(ODPP, 3, T0, new DiversionRecorded("F", List.of("S1"), LocalDate.of(2026, 5, 4), "P"));
        var decision = ChildDiversionPolicy.onEvent(diverted, List.of(age));
        assertThat(decision.isPresent()).isEqualTo(alert);
        decision.ifPresent(d -> {
            assertThat(d.type()).isEqualTo(AlertType.PROHIBITED_CLOSURE_ATTEMPT);
            assertThat(d.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(d.rule()).contains("SOA_NO_DIVERSION");
        });
    }

    @Test
    void aDiversionWithASuspectOfUnknownAgeIsProhibited() {
        CaseEvent diverted = event(ODPP, 3, T0, new DiversionRecorded("F", List.of("S1", "S2"), LocalDate.of(2026, 5, 4), "P"));
        assertThat(ChildDiversionPolicy.onEvent(diverted, Arrays.asList(16, null))).isPresent();
        assertThat(ChildDiversionPolicy.onEvent(diverted, List.of(16, 17))).isEmpty();
    }
}
