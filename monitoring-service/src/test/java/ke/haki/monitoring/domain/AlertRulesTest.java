package ke.haki.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import ke.haki.contract.ActingUnit;
import ke.haki.contract.Agency;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.EventPayload;
import ke.haki.contract.law.AgeBand;
import ke.haki.contract.law.Offence;
import ke.haki.contract.law.ProhibitedClosure;
import ke.haki.contract.ngec.AlertStatusChanged.AlertStatus;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;
import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.contract.nps.InvestigationUpdated;
import ke.haki.contract.nps.SuspectArraigned;
import ke.haki.contract.odpp.ChargeDeclined;
import ke.haki.contract.odpp.JudgmentDelivered.Verdict;

/** Every rule on its own, without a database or a broker. */
class AlertRulesTest {

    static final Instant T0 = Instant.parse("2026-04-10T08:00:00Z");
    static final ActingUnit STATION = new ActingUnit(Agency.NPS, "NRB-KILIMANI", "047");
    static final ActingUnit ODPP = new ActingUnit(Agency.ODPP, "ODPP-NRB", "047");

    static CaseEvent event(ActingUnit unit, EventPayload payload) {
        return CaseEvent.of(UUID.randomUUID(), "case-1", 1, T0, unit, payload);
    }

    @Nested
    class CaseQuiet {
        final QuietCasePolicy policy = new QuietCasePolicy(stage -> switch (stage) {
            case REFERRED -> Optional.of(Duration.ofDays(14));
            case IN_COURT -> Optional.of(Duration.ofDays(60));
            default -> Optional.empty();
        });

        @Test
        void dueAtTheStageLimitAfterTheLastProgress() {
            assertThat(policy.dueAt(Stage.REFERRED, T0)).contains(T0.plus(Duration.ofDays(14)));
            assertThat(policy.dueAt(Stage.JUDGMENT, T0)).isEmpty();
        }

        @Test
        void raisedOnlyOnceTheLimitHasPassed() {
            assertThat(policy.evaluate(Stage.REFERRED, T0, T0.plus(Duration.ofDays(14)).minusSeconds(1))).isEmpty();
            AlertDecision d = policy.evaluate(Stage.REFERRED, T0, T0.plus(Duration.ofDays(14))).orElseThrow();
            assertThat(d.type()).isEqualTo(AlertType.CASE_QUIET);
            assertThat(d.reason()).contains("14 days").contains("REFERRED");
            assertThat(d.breachKey()).isEqualTo(QuietCasePolicy.breachKey(Stage.REFERRED, T0));
        }

        @Test
        void aNewQuietSpellIsANewBreach() {
            assertThat(QuietCasePolicy.breachKey(Stage.REFERRED, T0))
                    .isNotEqualTo(QuietCasePolicy.breachKey(Stage.REFERRED, T0.plusSeconds(1)))
                    .isNotEqualTo(QuietCasePolicy.breachKey(Stage.IN_COURT, T0));
        }
    }

    @Nested
    class ClosedWithoutCourtOutcome {
        @Test
        void policeClosureAndDeclinedChargeAreClosuresWithoutOutcome() {
            AlertDecision police = ClosedWithoutCourtOutcomePolicy.onEvent(
                    event(STATION, new CaseClosedByPolice(CaseClosedByPolice.PoliceClosureReason.NO_OFFENCE_DISCLOSED)))
                    .orElseThrow();
            assertThat(police.type()).isEqualTo(AlertType.CLOSED_WITHOUT_COURT_OUTCOME);
            assertThat(police.reason()).contains("NO_OFFENCE_DISCLOSED");
            AlertDecision declined = ClosedWithoutCourtOutcomePolicy.onEvent(event(ODPP, new ChargeDeclined("F-1",
                    ChargeDeclined.DeclineReason.INSUFFICIENT_EVIDENCE, false, true))).orElseThrow();
            assertThat(declined.rule()).contains("Decision to Charge");
        }

        @Test
        void otherEventsAreNot() {
            assertThat(ClosedWithoutCourtOutcomePolicy.onEvent(event(STATION,
                    new InvestigationUpdated(InvestigationUpdated.InvestigationStep.SCENE_VISITED)))).isEmpty();
        }
    }

    @Nested
    class ProhibitedAttempt {
        @Test
        void eachRefusedAttemptIsItsOwnCriticalBreachNamingTheRule() {
            ClosureAttemptRefused refused = new ClosureAttemptRefused(ProhibitedClosure.MASLAHA,
                    ProhibitedClosure.MASLAHA.ruleId(), ProhibitedClosure.MASLAHA.statute(), "officer.one");
            AlertDecision a = ProhibitedClosureAttemptPolicy.onEvent(event(STATION, refused)).orElseThrow();
            AlertDecision b = ProhibitedClosureAttemptPolicy.onEvent(event(ODPP, refused)).orElseThrow();
            assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(a.rule()).contains("SOA_NO_MASLAHA");
            assertThat(a.breachKey()).isNotEqualTo(b.breachKey());
            assertThat(b.reason()).startsWith("ODPP");
        }
    }

    @Nested
    class Arraignment {
        final Instant dueBy = T0.plus(Duration.ofHours(24));

        @Test
        void overdueWhenTwentyFourHoursPassWithoutArraignment() {
            assertThat(ArraignmentPolicy.overdue("S1", dueBy, null, dueBy.minusSeconds(1))).isEmpty();
            AlertDecision d = ArraignmentPolicy.overdue("S1", dueBy, null, dueBy).orElseThrow();
            assertThat(d.rule()).contains("Art. 49(1)(f)");
            assertThat(d.breachKey()).isEqualTo("arraignment:S1");
        }

        @Test
        void anArraignmentOnTimeStopsTheTimer() {
            assertThat(ArraignmentPolicy.overdue("S1", dueBy, dueBy.minusSeconds(60), dueBy.plusSeconds(3600))).isEmpty();
        }

        @Test
        void aLateArraignmentIsTheSameBreachAsTheTimer() {
            AlertDecision late = ArraignmentPolicy.onEvent(event(STATION,
                    new SuspectArraigned("S1", dueBy.plusSeconds(3600), "Kibera", false))).orElseThrow();
            assertThat(late.breachKey()).isEqualTo("arraignment:S1");
            assertThat(ArraignmentPolicy.onEvent(event(STATION,
                    new SuspectArraigned("S1", dueBy.minusSeconds(60), "Kibera", true)))).isEmpty();
        }
    }

    @Nested
    class Sentence {
        SentencePolicy.Judgment convicted(Boolean life, Integer years, boolean flagged) {
            return new SentencePolicy.Judgment("j1", Verdict.CONVICTED, life, years, flagged);
        }

        @Test
        void recomputesTheMinimumFromTheOffenceAndAgeBandEvenWhenOdppDidNotFlagIt() {
            AlertDecision d = SentencePolicy.evaluate(Offence.DEFILEMENT, AgeBand.AGED_12_TO_15,
                    convicted(false, 15, false)).orElseThrow();
            assertThat(d.type()).isEqualTo(AlertType.SENTENCE_BELOW_STATUTORY_MINIMUM);
            assertThat(d.rule()).contains("s.8(3)").contains("Mwangi");
            assertThat(d.reason()).contains("15 years").contains("20 years");
        }

        @Test
        void atOrAboveTheMinimumIsFine() {
            assertThat(SentencePolicy.evaluate(Offence.DEFILEMENT, AgeBand.AGED_12_TO_15, convicted(false, 20, false))).isEmpty();
            assertThat(SentencePolicy.evaluate(Offence.DEFILEMENT, AgeBand.AGED_11_OR_UNDER, convicted(true, null, false))).isEmpty();
            assertThat(SentencePolicy.evaluate(Offence.INDECENT_ACT_WITH_CHILD, null, convicted(false, 10, false))).isEmpty();
        }

        @Test
        void aChildOfElevenOrUnderRequiresLife() {
            assertThat(SentencePolicy.evaluate(Offence.DEFILEMENT, AgeBand.AGED_11_OR_UNDER, convicted(false, 30, false)))
                    .get().extracting(AlertDecision::rule).asString().contains("s.8(2)");
        }

        @Test
        void withoutThePoliceFactsOdppsFlagDecides() {
            assertThat(SentencePolicy.evaluate(null, null, convicted(false, 5, true))).isPresent();
            assertThat(SentencePolicy.evaluate(null, null, convicted(false, 5, false))).isEmpty();
        }

        @Test
        void anAcquittalHasNoSentence() {
            assertThat(SentencePolicy.evaluate(Offence.DEFILEMENT, AgeBand.AGED_12_TO_15,
                    new SentencePolicy.Judgment("j", Verdict.ACQUITTED, null, null, false))).isEmpty();
        }
    }

    @Nested
    class SequenceGap {
        @Test
        void skippedNumbersAreTheGap() {
            assertThat(SequenceGapPolicy.missing(1, 4)).containsExactly(2L, 3L);
            assertThat(SequenceGapPolicy.missing(3, 4)).isEmpty();
            assertThat(SequenceGapPolicy.missing(0, 1)).isEmpty();
        }

        @Test
        void raisedOnlyWhenStillMissingAfterTheGrace() {
            SequenceGapPolicy policy = new SequenceGapPolicy(Duration.ofMinutes(10));
            Instant grace = policy.graceUntil(T0);
            assertThat(grace).isEqualTo(T0.plus(Duration.ofMinutes(10)));
            assertThat(SequenceGapPolicy.evaluate(Agency.NPS, 2, grace, false, grace.minusSeconds(1))).isEmpty();
            assertThat(SequenceGapPolicy.evaluate(Agency.NPS, 2, grace, true, grace.plusSeconds(60))).isEmpty();
            AlertDecision d = SequenceGapPolicy.evaluate(Agency.NPS, 2, grace, false, grace).orElseThrow();
            assertThat(d.breachKey()).isEqualTo("gap:NPS:2");
        }
    }

    @Nested
    class Stages {
        @Test
        void aCaseMovesThroughItsStagesAndDetailOnlyStartsTheInvestigation() {
            Stage s = StageTransitions.next(null, new ke.haki.contract.nps.CaseReported("OB 1/1/1/2026", "ST", "047",
                    Offence.DEFILEMENT, LocalDate.of(2026, 4, 9), T0));
            assertThat(s).isEqualTo(Stage.REPORTED);
            s = StageTransitions.next(s, new InvestigationUpdated(InvestigationUpdated.InvestigationStep.OTHER));
            assertThat(s).isEqualTo(Stage.UNDER_INVESTIGATION);
            s = StageTransitions.next(s, new ke.haki.contract.nps.CaseReferred(1, "ODPP-NRB", Offence.DEFILEMENT, 1, true));
            assertThat(s).isEqualTo(Stage.REFERRED);
            s = StageTransitions.next(s, new ke.haki.contract.odpp.ReturnedForInvestigation("F", List.of("P3"), null));
            assertThat(s).isEqualTo(Stage.RETURNED_TO_POLICE);
            assertThat(StageTransitions.next(s, new InvestigationUpdated(InvestigationUpdated.InvestigationStep.OTHER)))
                    .isEqualTo(Stage.RETURNED_TO_POLICE);
            assertThat(StageTransitions.next(Stage.IN_COURT, new ke.haki.contract.odpp.ReferralReceived("F", "O", 1)))
                    .isEqualTo(Stage.IN_COURT);
            assertThat(StageTransitions.isProgress(new ClosureAttemptRefused(ProhibitedClosure.WITHDRAWAL, "r", "s", "a")))
                    .isFalse();
        }
    }

    @Nested
    class Lifecycle {
        @Test
        void resolvingNeedsANoteAndFinalStatesAreFinal() {
            assertThat(AlertLifecycle.refusal(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED, null)).isNull();
            assertThat(AlertLifecycle.refusal(AlertStatus.ACKNOWLEDGED, AlertStatus.RESOLVED, " ")).contains("note");
            assertThat(AlertLifecycle.refusal(AlertStatus.ESCALATED, AlertStatus.RESOLVED, "done")).isNull();
            assertThat(AlertLifecycle.refusal(AlertStatus.RESOLVED, AlertStatus.ACKNOWLEDGED, null)).contains("RESOLVED");
            assertThat(AlertLifecycle.refusal(AlertStatus.CLEARED, AlertStatus.ESCALATED, null)).isNotNull();
            assertThat(AlertLifecycle.refusal(AlertStatus.OPEN, AlertStatus.CLEARED, null)).isNotNull();
        }
    }
}
