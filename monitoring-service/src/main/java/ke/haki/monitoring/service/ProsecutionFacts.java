package ke.haki.monitoring.service;

import java.time.Instant;
import java.util.Objects;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.OdppEventHandler;
import ke.haki.contract.odpp.AppealDecided;
import ke.haki.contract.odpp.AppealFiled;
import ke.haki.contract.odpp.ChargeApproved;
import ke.haki.contract.odpp.ChargeDecisionReviewed;
import ke.haki.contract.odpp.ChargeDeclined;
import ke.haki.contract.odpp.ChargeFiled;
import ke.haki.contract.odpp.CourtSittingRecorded;
import ke.haki.contract.odpp.DiversionConcluded;
import ke.haki.contract.odpp.DiversionRecorded;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.contract.odpp.PleaRecorded;
import ke.haki.contract.odpp.ProceedingsTerminated;
import ke.haki.contract.odpp.ProsecutorAssigned;
import ke.haki.contract.odpp.ReferralReceived;
import ke.haki.contract.odpp.ReturnedForInvestigation;
import ke.haki.monitoring.domain.TrialDelayPolicy;
import ke.haki.monitoring.repository.MonitoredCaseEntity;
import ke.haki.monitoring.repository.TimerStore;

/**
 * The facts each ODPP event type adds to the monitor's record of one case (exhaustive over the
 * prosecution catalogue; a type that adds nothing says so): the file and court numbers, the
 * charge, judgment and sentence, the adjournment streak and the court's sittings.
 */
record ProsecutionFacts(MonitoredCaseEntity c, TimerStore timers) implements OdppEventHandler<Void> {

    @Override
    public Void referralReceived(CaseEvent e, ReferralReceived r) {
        c.odppFileNumber = r.odppFileNumber();
        return null;
    }

    @Override
    public Void prosecutorAssigned(CaseEvent e, ProsecutorAssigned a) {
        c.odppFileNumber = a.odppFileNumber();
        return null;
    }

    @Override
    public Void returnedForInvestigation(CaseEvent e, ReturnedForInvestigation r) {
        c.odppFileNumber = r.odppFileNumber();
        return null;
    }

    @Override
    public Void chargeApproved(CaseEvent e, ChargeApproved a) {
        c.odppFileNumber = a.odppFileNumber();
        return null;
    }

    @Override
    public Void chargeDeclined(CaseEvent e, ChargeDeclined d) {
        c.odppFileNumber = d.odppFileNumber();
        return null;
    }

    @Override
    public Void chargeDecisionReviewed(CaseEvent e, ChargeDecisionReviewed r) {
        c.odppFileNumber = r.odppFileNumber();
        return null;
    }

    @Override
    public Void chargeFiled(CaseEvent e, ChargeFiled f) {
        c.odppFileNumber = f.odppFileNumber();
        c.courtCaseNumber = f.courtCaseNumber();
        c.chargedAt = earliest(c.chargedAt, e.occurredAt());
        return null;
    }

    @Override
    public Void pleaRecorded(CaseEvent e, PleaRecorded pl) {
        c.courtCaseNumber = Objects.requireNonNullElse(c.courtCaseNumber, pl.courtCaseNumber());
        return null;
    }

    @Override
    public Void courtSittingRecorded(CaseEvent e, CourtSittingRecorded s) {
        c.courtCaseNumber = Objects.requireNonNullElse(c.courtCaseNumber, s.courtCaseNumber());
        TrialDelayPolicy.Streak streak = ProjectionService.streak(c).after(s);
        c.adjournmentReason = streak.reason();
        c.adjournmentStreak = streak.length();
        c.adjournmentStreakSince = streak.since();
        timers.recordSitting(e, s);
        return null;
    }

    @Override
    public Void judgmentDelivered(CaseEvent e, JudgmentDelivered j) {
        c.courtCaseNumber = Objects.requireNonNullElse(c.courtCaseNumber, j.courtCaseNumber());
        c.judgmentAt = earliest(c.judgmentAt, e.occurredAt());
        c.verdict = j.verdict().name();
        c.courtEnding = j.ending();
        c.convictedOffence = j.convictedOffence();
        c.childAgeFound = j.childAgeFound();
        c.accusedRef = j.accusedRef();
        recordSentence(j.sentence());
        c.sentenceFlaggedBelow = j.belowStatutoryMinimum();
        return null;
    }

    @Override
    public Void proceedingsTerminated(CaseEvent e, ProceedingsTerminated t) {
        c.courtCaseNumber = Objects.requireNonNullElse(c.courtCaseNumber, t.courtCaseNumber());
        c.courtEnding = t.ending();
        return null;
    }

    @Override
    public Void appealFiled(CaseEvent e, AppealFiled a) {
        return null;
    }

    @Override
    public Void appealDecided(CaseEvent e, AppealDecided d) {
        if (d.outcome() == AppealDecided.AppealOutcome.SENTENCE_VARIED && d.variedSentence() != null) {
            recordSentence(d.variedSentence());
            c.sentenceFlaggedBelow = false;
        } else if (d.outcome() == AppealDecided.AppealOutcome.RETRIAL_ORDERED) {
            c.verdict = null;
            c.courtEnding = null;
            recordSentence(null);
        }
        return null;
    }

    @Override
    public Void diversionRecorded(CaseEvent e, DiversionRecorded d) {
        c.odppFileNumber = d.odppFileNumber();
        return null;
    }

    @Override
    public Void diversionConcluded(CaseEvent e, DiversionConcluded d) {
        c.odppFileNumber = d.odppFileNumber();
        return null;
    }

    @Override
    public Void prosecutionClosureAttemptRefused(CaseEvent e, ClosureAttemptRefused r) {
        c.prohibitedAttempts++;
        return null;
    }

    private void recordSentence(JudgmentDelivered.Sentence s) {
        c.sentenceLife = s == null ? null : s.life();
        c.sentenceYears = s == null ? null : s.years();
        c.sentenceMonths = s == null ? null : s.months();
        c.sentenceNonCustodial = s == null ? null : s.nonCustodial();
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
