package ke.haki.monitoring.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.EventDispatch;
import ke.haki.contract.NpsEventHandler;
import ke.haki.contract.OdppEventHandler;
import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.contract.nps.CaseReferred;
import ke.haki.contract.nps.CaseReported;
import ke.haki.contract.nps.CaseResubmitted;
import ke.haki.contract.nps.InvestigationUpdated;
import ke.haki.contract.nps.MedicalEvidenceRecorded;
import ke.haki.contract.nps.SuspectArraigned;
import ke.haki.contract.nps.SuspectArrested;
import ke.haki.contract.nps.SuspectRecorded;
import ke.haki.contract.nps.SuspectReleased;
import ke.haki.contract.nps.VictimRecorded;
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

/**
 * Whether an event fits what the monitor knows of the case; if not, the reason, and the event is a
 * dead letter that changes nothing (never an overwrite). The monitor rejects only what contradicts
 * what it has seen: a second police report (which would move the case to another county), a
 * referral after the judgment or a completed diversion, and an ODPP step that the ODPP's own earlier
 * events rule out (a judgment before any charge, a plea on a closed file, an appeal without a
 * judgment...). ODPP steps are judged only when the monitor holds every earlier ODPP event of the
 * case (no sequence gap before it): after a gap, the missing events may explain the step, and the
 * gap is alerted on its own (EVENT_SEQUENCE_GAP). Applied through {@link MonitoredCase#misfit}.
 *
 * @param stage the monitor's stage of the case (null: never seen)
 * @param reported whether the police report was seen
 * @param judgmentAt when the first judgment was delivered, if any
 * @param lastOdppSequence the highest ODPP sequence number seen (0: none)
 */
record LifecycleGuard(Stage stage, boolean reported, Instant judgmentAt, long lastOdppSequence)
        implements NpsEventHandler<Optional<String>>, OdppEventHandler<Optional<String>> {

    private static final Set<Stage> BEFORE_COURT_DECISION = EnumSet.of(Stage.CHARGED, Stage.IN_COURT);
    private static final Set<Stage> UNDER_REVIEW = EnumSet.of(Stage.REFERRED, Stage.CLOSED);
    private static final Set<Stage> DIVERTIBLE = EnumSet.of(Stage.REFERRED, Stage.CHARGED, Stage.IN_COURT);
    private static final Set<Stage> PAST_REFERRAL = EnumSet.of(Stage.CHARGED, Stage.IN_COURT, Stage.JUDGMENT,
            Stage.APPEAL, Stage.DIVERTED, Stage.DIVERSION_COMPLETED);

    public Optional<String> misfit(CaseEvent event) {
        return EventDispatch.any(event, this, this);
    }

    private static Optional<String> fits() {
        return Optional.empty();
    }

    /** For an ODPP step: the stages it may follow, judged only without a gap in the ODPP's events before it. */
    private Optional<String> odppStep(CaseEvent e, Set<Stage> allowed, String needs) {
        boolean complete = lastOdppSequence > 0 && e.sequence() == lastOdppSequence + 1;
        if (!complete || allowed.contains(stage)) {
            return fits();
        }
        return Optional.of(e.type().typeName() + " needs " + needs + ", but the ODPP's earlier events leave the case "
                + stage);
    }

    private Optional<String> referral(CaseEvent e) {
        if (stage == Stage.DIVERSION_COMPLETED) {
            return Optional.of("a police referral for a case that ended with a completed diversion");
        }
        if (judgmentAt != null && e.occurredAt().isAfter(judgmentAt)) {
            return Optional.of("a police referral made after the case was judged (" + judgmentAt + ")");
        }
        return fits();
    }

    @Override
    public Optional<String> caseReported(CaseEvent e, CaseReported p) {
        return reported ? Optional.of("the case was already reported; a second report would move it to county "
                + p.countyCode()) : fits();
    }

    @Override
    public Optional<String> victimRecorded(CaseEvent e, VictimRecorded p) {
        return fits();
    }

    @Override
    public Optional<String> suspectRecorded(CaseEvent e, SuspectRecorded p) {
        return fits();
    }

    @Override
    public Optional<String> suspectArrested(CaseEvent e, SuspectArrested p) {
        return fits();
    }

    @Override
    public Optional<String> suspectArraigned(CaseEvent e, SuspectArraigned p) {
        return fits();
    }

    @Override
    public Optional<String> suspectReleased(CaseEvent e, SuspectReleased p) {
        return fits();
    }

    @Override
    public Optional<String> medicalEvidenceRecorded(CaseEvent e, MedicalEvidenceRecorded p) {
        return fits();
    }

    @Override
    public Optional<String> investigationUpdated(CaseEvent e, InvestigationUpdated p) {
        return fits();
    }

    @Override
    public Optional<String> caseReferred(CaseEvent e, CaseReferred p) {
        return referral(e);
    }

    @Override
    public Optional<String> caseResubmitted(CaseEvent e, CaseResubmitted p) {
        return referral(e);
    }

    @Override
    public Optional<String> caseClosed(CaseEvent e, CaseClosedByPolice p) {
        return fits();
    }

    @Override
    public Optional<String> policeClosureAttemptRefused(CaseEvent e, ClosureAttemptRefused p) {
        return fits();
    }

    @Override
    public Optional<String> referralReceived(CaseEvent e, ReferralReceived p) {
        return odppStep(e, EnumSet.complementOf(EnumSet.copyOf(PAST_REFERRAL)), "a case not yet charged");
    }

    @Override
    public Optional<String> prosecutorAssigned(CaseEvent e, ProsecutorAssigned p) {
        return fits();
    }

    @Override
    public Optional<String> returnedForInvestigation(CaseEvent e, ReturnedForInvestigation p) {
        return odppStep(e, UNDER_REVIEW, "a file under review");
    }

    @Override
    public Optional<String> chargeApproved(CaseEvent e, ChargeApproved p) {
        return odppStep(e, UNDER_REVIEW, "a file under review");
    }

    @Override
    public Optional<String> chargeDeclined(CaseEvent e, ChargeDeclined p) {
        return odppStep(e, UNDER_REVIEW, "a file under review");
    }

    @Override
    public Optional<String> chargeDecisionReviewed(CaseEvent e, ChargeDecisionReviewed p) {
        return odppStep(e, EnumSet.of(Stage.CLOSED), "a decision not to charge");
    }

    @Override
    public Optional<String> chargeFiled(CaseEvent e, ChargeFiled p) {
        return odppStep(e, EnumSet.of(Stage.CHARGED), "an approved charge");
    }

    @Override
    public Optional<String> pleaRecorded(CaseEvent e, PleaRecorded p) {
        return odppStep(e, BEFORE_COURT_DECISION, "a charge before the court");
    }

    @Override
    public Optional<String> courtSittingRecorded(CaseEvent e, CourtSittingRecorded p) {
        return odppStep(e, BEFORE_COURT_DECISION, "a charge before the court");
    }

    @Override
    public Optional<String> judgmentDelivered(CaseEvent e, JudgmentDelivered p) {
        return odppStep(e, BEFORE_COURT_DECISION, "a charge before the court");
    }

    @Override
    public Optional<String> proceedingsTerminated(CaseEvent e, ProceedingsTerminated p) {
        return odppStep(e, BEFORE_COURT_DECISION, "a charge before the court");
    }

    @Override
    public Optional<String> appealFiled(CaseEvent e, AppealFiled p) {
        return odppStep(e, EnumSet.of(Stage.JUDGMENT), "a judgment");
    }

    @Override
    public Optional<String> appealDecided(CaseEvent e, AppealDecided p) {
        return odppStep(e, EnumSet.of(Stage.APPEAL), "a pending appeal");
    }

    @Override
    public Optional<String> diversionRecorded(CaseEvent e, DiversionRecorded p) {
        return odppStep(e, DIVERTIBLE, "a file under review, charged or in court");
    }

    @Override
    public Optional<String> diversionConcluded(CaseEvent e, DiversionConcluded p) {
        return odppStep(e, EnumSet.of(Stage.DIVERTED), "a diversion under way");
    }

    @Override
    public Optional<String> prosecutionClosureAttemptRefused(CaseEvent e, ClosureAttemptRefused p) {
        return fits();
    }
}
