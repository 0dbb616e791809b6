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
import ke.haki.law.AgeBand;
import ke.haki.law.Offence;
import ke.haki.law.ProhibitedClosure;
import ke.haki.contract.ngec.AlertStatusChanged.AlertStatus;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;
import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.contract.nps.InvestigationUpdated;
import ke.haki.contract.nps.SuspectArraigned;
import ke.haki.contract.odpp.ChargeDeclined;
import ke.haki.contract.odpp.ChargeApproved;
import ke.haki.contract.odpp.CourtSittingRecorded;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.contract.odpp.JudgmentDelivered.Verdict;
import ke.haki.contract.odpp.ProceedingsTerminated;
import ke.haki.law.ArraignmentDeadline;
import ke.haki.law.ChargeCount;
import ke.haki.law.CourtCalendar;
import ke.haki.law.CourtEnding;
import ke.haki.law.ImposedSentence;

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
        // T0 is 11:00 EAT on Friday 10 April 2026: the 24 hours end on Saturday, so Art. 49(1)(f)(ii)
        // gives until the end of Monday 13 April; a Tuesday arrest has the plain 24 hours of (i)
        final ArraignmentDeadline law = new ArraignmentDeadline(CourtCalendar.standard());
        final Instant tuesday = Instant.parse("2026-04-07T08:00:00Z");
        final Instant dueBy = tuesday.plus(Duration.ofHours(24));

        @Test
        void overdueWhenTheLimitPassesWithoutArraignment() {
            assertThat(ArraignmentPolicy.evaluate(law, "S1", tuesday, null, null, dueBy.minusSeconds(1))).isEmpty();
            // "not later than": exactly at the limit is still in time (police and monitor agree)
            assertThat(ArraignmentPolicy.evaluate(law, "S1", tuesday, null, null, dueBy)).isEmpty();
            AlertDecision d = ArraignmentPolicy.evaluate(law, "S1", tuesday, null, null, dueBy.plusSeconds(1)).orElseThrow();
            assertThat(d.rule()).contains("Art. 49(1)(f)");
            assertThat(d.breachKey()).isEqualTo("arraignment:S1");
        }

        @Test
        void anArraignmentOnTimeStopsTheTimer() {
            assertThat(ArraignmentPolicy.evaluate(law, "S1", tuesday, dueBy.minusSeconds(60), null, dueBy.plusSeconds(3600)))
                    .isEmpty();
        }

        @Test
        void aLateArraignmentIsTheSameBreachAsTheTimer() {
            AlertDecision late = ArraignmentPolicy.evaluate(law, "S1", tuesday, dueBy.plusSeconds(3600), null,
                    dueBy.plusSeconds(3600)).orElseThrow();
            assertThat(late.breachKey()).isEqualTo("arraignment:S1");
            assertThat(ArraignmentPolicy.evaluate(law, "S1", tuesday, dueBy.minusSeconds(60), null, dueBy.minusSeconds(60)))
                    .isEmpty();
        }

        @Test
        void aFridayArrestArraignedOnMondayIsLawfulAndTheFlagOfThePoliceIsNotTrusted() {
            Instant monday = Instant.parse("2026-04-13T06:30:00Z"); // 09:30 EAT
            assertThat(ArraignmentPolicy.evaluate(law, "S1", T0, monday, null, monday)).isEmpty();
            assertThat(ArraignmentPolicy.evaluate(law, "S1", T0, null, null, Instant.parse("2026-04-13T14:00:01Z")))
                    .isPresent();
        }

        @Test
        void aReleaseOnBondBeforeTheLimitEndsTheClock() {
            assertThat(ArraignmentPolicy.evaluate(law, "S1", tuesday, null, tuesday.plusSeconds(3600),
                    dueBy.plus(Duration.ofDays(30)))).isEmpty();
            assertThat(ArraignmentPolicy.evaluate(law, "S1", tuesday, null, dueBy.plusSeconds(60), dueBy.plusSeconds(60)))
                    .isPresent();
        }
    }

    @Nested
    class Sentence {
        SentencePolicy.Judgment convicted(Boolean life, Integer years, boolean flagged) {
            return new SentencePolicy.Judgment("j1", Verdict.CONVICTED,
                    Boolean.TRUE.equals(life) ? ImposedSentence.life() : ImposedSentence.term(years, 0), null, null, null,
                    flagged);
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
                    new SentencePolicy.Judgment("j", Verdict.ACQUITTED, null, null, null, null, false))).isEmpty();
        }

        @Test
        void theMinimumFollowsTheCountConvictedOnAndTheAgeTheCourtFound() {
            // reported as defilement of a 12-year-old (20 years); convicted of an attempt, the court found her 16 (5 years)
            var attempt = new SentencePolicy.Judgment("j", Verdict.CONVICTED, ImposedSentence.term(5, 0),
                    Offence.ATTEMPTED_DEFILEMENT, 16, 40, false);
            assertThat(SentencePolicy.evaluate(Offence.DEFILEMENT, AgeBand.AGED_12_TO_15, attempt)).isEmpty();
            // attempted defilement of a 10-year-old: 15 years is below the s.9(2) minimum of 20
            var young = new SentencePolicy.Judgment("j", Verdict.CONVICTED, ImposedSentence.term(15, 0),
                    Offence.ATTEMPTED_DEFILEMENT, 10, 40, false);
            assertThat(SentencePolicy.evaluate(Offence.DEFILEMENT, AgeBand.AGED_12_TO_15, young)).get()
                    .extracting(AlertDecision::rule).asString().contains("s.9(2)");
        }

        @Test
        void aChildOffenderRaisesNoBelowMinimumAlertAndOdppsFlagDoesNotOverrideTheFacts() {
            var child = new SentencePolicy.Judgment("j", Verdict.CONVICTED, ImposedSentence.nonCustodial(),
                    Offence.DEFILEMENT, 13, 16, true);
            assertThat(SentencePolicy.evaluate(Offence.DEFILEMENT, AgeBand.AGED_12_TO_15, child)).isEmpty();
            var adult = new SentencePolicy.Judgment("j", Verdict.CONVICTED, ImposedSentence.nonCustodial(),
                    Offence.DEFILEMENT, 13, 18, false);
            assertThat(SentencePolicy.evaluate(Offence.DEFILEMENT, AgeBand.AGED_12_TO_15, adult)).isPresent();
        }
    }

    @Nested
    class TrialDelay {
        CourtSittingRecorded adjourned(String date, CourtSittingRecorded.AdjournmentReason reason) {
            return new CourtSittingRecorded("C", CourtSittingRecorded.SittingKind.HEARING, LocalDate.parse(date), true, reason,
                    LocalDate.parse(date).plusDays(14));
        }

        @Test
        void threeAdjournmentsInARowForTheSameReasonAreADelay() {
            var absent = CourtSittingRecorded.AdjournmentReason.WITNESS_ABSENT;
            var s = TrialDelayPolicy.Streak.NONE.after(adjourned("2026-05-01", absent)).after(adjourned("2026-05-15", absent));
            assertThat(TrialDelayPolicy.adjournments(s, 3)).isEmpty();
            s = s.after(adjourned("2026-05-29", absent));
            AlertDecision d = TrialDelayPolicy.adjournments(s, 3).orElseThrow();
            assertThat(d.type()).isEqualTo(AlertType.TRIAL_DELAYED);
            assertThat(d.rule()).contains("Art. 50(2)(e)");
            assertThat(d.breachKey()).isEqualTo("adjourned:WITNESS_ABSENT:2026-05-01");
            var other = s.after(adjourned("2026-06-12", CourtSittingRecorded.AdjournmentReason.COURT_NOT_SITTING));
            assertThat(other.length()).isEqualTo(1);
            var held = s.after(new CourtSittingRecorded("C", CourtSittingRecorded.SittingKind.HEARING,
                    LocalDate.parse("2026-06-12"), false, null, null));
            assertThat(held).isEqualTo(TrialDelayPolicy.Streak.NONE);
        }

        @Test
        void noJudgmentWithinTheLimitAfterTheChargeIsADelay() {
            Duration limit = Duration.ofDays(360);
            assertThat(TrialDelayPolicy.chargeToJudgment(T0, null, limit, T0.plus(limit).minusSeconds(1))).isEmpty();
            assertThat(TrialDelayPolicy.chargeToJudgment(T0, null, limit, T0.plus(limit))).isPresent();
            assertThat(TrialDelayPolicy.chargeToJudgment(T0, T0.plus(Duration.ofDays(100)), limit, T0.plus(limit))).isEmpty();
        }
    }

    @Nested
    class CourtEndings {
        @Test
        void aCourtDischargeAfterWithdrawalIsACriticalClosureWithoutCourtOutcome() {
            AlertDecision d = ClosedWithoutCourtOutcomePolicy.onEvent(event(ODPP, new ProceedingsTerminated("F-1",
                    "Sexual Offence Case No. E035 of 2026", LocalDate.parse("2026-08-14"),
                    CourtEnding.DISCHARGE_AFTER_WITHDRAWAL, null))).orElseThrow();
            assertThat(d.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(d.rule()).contains("s.87(a)");
        }

        @Test
        void aDischargeVerdictOrAPenalCodeS35DischargeIsNotAnOutcomeOnTheMerits() {
            var discharged = new JudgmentDelivered("F-1", "C", LocalDate.parse("2026-08-14"), Verdict.DISCHARGED, null, null,
                    false);
            assertThat(ClosedWithoutCourtOutcomePolicy.onEvent(event(ODPP, discharged))).get()
                    .extracting(AlertDecision::severity).isEqualTo(Severity.CRITICAL);
            var s35 = new JudgmentDelivered("F-1", "C", LocalDate.parse("2026-08-14"), Verdict.CONVICTED, null, null, true,
                    CourtEnding.DISCHARGE_AFTER_CONVICTION, Offence.DEFILEMENT, 13, "S1");
            assertThat(ClosedWithoutCourtOutcomePolicy.onEvent(event(ODPP, s35))).get()
                    .extracting(AlertDecision::rule).asString().contains("Penal Code s.35");
            var acquitted = new JudgmentDelivered("F-1", "C", LocalDate.parse("2026-08-14"), Verdict.ACQUITTED, null, null,
                    false, CourtEnding.ACQUITTAL_NO_CASE_TO_ANSWER, null, null, null);
            assertThat(ClosedWithoutCourtOutcomePolicy.onEvent(event(ODPP, acquitted))).isEmpty();
        }

        @Test
        void chargingAnIndecentActForADefilementIsADowngrade() {
            var approved = new ChargeApproved("F-1", List.of(new ChargeCount("s.11(1) Sexual Offences Act", false)),
                    "s.8(1) as read with s.8(3) Sexual Offences Act", "Penetration not proved");
            AlertDecision d = ChargeDowngradePolicy.onEvent(event(ODPP, approved), Offence.DEFILEMENT,
                    AgeBand.AGED_12_TO_15, false).orElseThrow();
            assertThat(d.type()).isEqualTo(AlertType.CHARGE_DOWNGRADED);
            // ADR 0005: the alert goes onto the NGEC topic, so a contract 1.0 producer's words are not copied into it
            // (this test used to expect them in the reason); a 1.1 producer's code is
            assertThat(d.reason()).doesNotContain("Penetration not proved").contains("reason given: not coded");
            var coded = ChargeApproved.coded("F-1", List.of(new ChargeCount("s.11(1) Sexual Offences Act", false)),
                    "s.8(1) as read with s.8(3) Sexual Offences Act", ChargeApproved.OverrideReason.EVIDENCE_SUPPORTS_LESSER_OFFENCE);
            assertThat(ChargeDowngradePolicy.onEvent(event(ODPP, coded), Offence.DEFILEMENT, AgeBand.AGED_12_TO_15, false)
                    .orElseThrow().reason()).contains("reason given: EVIDENCE_SUPPORTS_LESSER_OFFENCE");
            var asProposed = new ChargeApproved("F-1", List.of(new ChargeCount("s.8(1) as read with s.8(3) Sexual Offences Act",
                    false)), null, null);
            assertThat(ChargeDowngradePolicy.onEvent(event(ODPP, asProposed), Offence.DEFILEMENT, AgeBand.AGED_12_TO_15, false))
                    .isEmpty();
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
            Stage s = next(null, event(STATION, new ke.haki.contract.nps.CaseReported("OB 1/1/1/2026", "ST", "047",
                    Offence.DEFILEMENT, LocalDate.of(2026, 4, 9), T0)));
            assertThat(s).isEqualTo(Stage.REPORTED);
            s = next(s, event(STATION, new InvestigationUpdated(InvestigationUpdated.InvestigationStep.OTHER)));
            assertThat(s).isEqualTo(Stage.UNDER_INVESTIGATION);
            s = next(s, event(STATION, new ke.haki.contract.nps.CaseReferred(1, "ODPP-NRB", Offence.DEFILEMENT, 1, true)));
            assertThat(s).isEqualTo(Stage.REFERRED);
            s = next(s, event(ODPP, new ke.haki.contract.odpp.ReturnedForInvestigation("F", List.of("P3"), null)));
            assertThat(s).isEqualTo(Stage.RETURNED_TO_POLICE);
            assertThat(next(s, event(STATION, new InvestigationUpdated(InvestigationUpdated.InvestigationStep.OTHER))))
                    .isEqualTo(Stage.RETURNED_TO_POLICE);
            assertThat(next(Stage.IN_COURT, event(ODPP, new ke.haki.contract.odpp.ReferralReceived("F", "O", 1))))
                    .isEqualTo(Stage.IN_COURT);
            assertThat(StageTransitions.isProgress(new ClosureAttemptRefused(ProhibitedClosure.WITHDRAWAL, "r", "s", "a")))
                    .isFalse();
        }

        @Test
        void aLatePoliceReferralMovesNothingBackAndAReceiptReopensAReturnedCase() {
            CaseEvent referred = event(STATION, new ke.haki.contract.nps.CaseReferred(1, "ODPP-NRB", Offence.DEFILEMENT, 1, true));
            assertThat(next(Stage.IN_COURT, referred)).isEqualTo(Stage.IN_COURT);
            assertThat(next(Stage.JUDGMENT, referred)).isEqualTo(Stage.JUDGMENT);
            assertThat(next(Stage.CHARGED, event(STATION, new ke.haki.contract.nps.CaseResubmitted(2, "ODPP-NRB", 1))))
                    .isEqualTo(Stage.CHARGED);
            assertThat(next(Stage.RETURNED_TO_POLICE, event(ODPP, new ke.haki.contract.odpp.ReferralReceived("F", "O", 2))))
                    .isEqualTo(Stage.REFERRED);
        }

        @Test
        void aChildDiversionIsItsOwnStageUntilItEnds() {
            CaseEvent diverted = event(ODPP, new ke.haki.contract.odpp.DiversionRecorded("F", List.of("S1"), LocalDate.of(2026, 5, 4),
                    "Children's Department"));
            assertThat(next(Stage.IN_COURT, diverted)).isEqualTo(Stage.DIVERTED);
            assertThat(Stage.DIVERTED.isOpen()).isTrue();
            assertThat(Stage.DIVERTED.awaitsJudgment()).isFalse();
            CaseEvent completed = event(ODPP, new ke.haki.contract.odpp.DiversionConcluded("F",
                    ke.haki.contract.odpp.DiversionConcluded.DiversionOutcome.COMPLETED, LocalDate.of(2026, 11, 4), "done"));
            assertThat(StageTransitions.next(Stage.DIVERTED, completed, Stage.IN_COURT)).isEqualTo(Stage.DIVERSION_COMPLETED);
            assertThat(Stage.DIVERSION_COMPLETED.isOpen()).isFalse();
            CaseEvent failed = event(ODPP, new ke.haki.contract.odpp.DiversionConcluded("F",
                    ke.haki.contract.odpp.DiversionConcluded.DiversionOutcome.FAILED, LocalDate.of(2026, 11, 4), "absconded"));
            assertThat(StageTransitions.next(Stage.DIVERTED, failed, Stage.IN_COURT)).isEqualTo(Stage.IN_COURT);
            assertThat(StageTransitions.next(Stage.DIVERTED, failed, Stage.REFERRED)).isEqualTo(Stage.REFERRED);
        }

        private Stage next(Stage current, CaseEvent event) {
            return StageTransitions.next(current, event, null);
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
