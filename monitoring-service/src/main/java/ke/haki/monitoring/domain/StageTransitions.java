package ke.haki.monitoring.domain;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.EventDispatch;
import ke.haki.contract.EventPayload;
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
 * The stage a case moves to on each event type (exhaustive: a new type does not compile until it
 * is given its move). Events that add detail (victim, suspect, evidence, investigation steps) only
 * move a freshly reported case into investigation; a late police referral or ODPP's receipt of it
 * never moves a case back. The two agencies publish on different topics, so an ODPP event may
 * arrive before the police report: the stage then starts from the ODPP event. Applied through
 * {@link MonitoredCase#record}.
 *
 * @param current the stage before the event (null for a case not seen before)
 * @param resumesAt where a failed diversion returns the case: in court, charged, or referred
 */
record StageTransitions(Stage current, Stage resumesAt)
        implements NpsEventHandler<Stage>, OdppEventHandler<Stage> {

    public static Stage next(Stage current, CaseEvent event, Stage resumesAt) {
        StageTransitions t = new StageTransitions(current, resumesAt);
        return EventDispatch.any(event, t, t);
    }

    /** Whether the event is progress on the case; a refused closure attempt is not. */
    public static boolean isProgress(EventPayload payload) {
        return !(payload instanceof ClosureAttemptRefused);
    }

    private Stage detail() {
        return current == null || current == Stage.REPORTED ? Stage.UNDER_INVESTIGATION : current;
    }

    private boolean before(Stage... later) {
        for (Stage s : later) {
            if (current == s) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Stage caseReported(CaseEvent e, CaseReported p) {
        return current == null ? Stage.REPORTED : current;
    }

    @Override
    public Stage victimRecorded(CaseEvent e, VictimRecorded p) {
        return detail();
    }

    @Override
    public Stage suspectRecorded(CaseEvent e, SuspectRecorded p) {
        return detail();
    }

    @Override
    public Stage suspectArrested(CaseEvent e, SuspectArrested p) {
        return detail();
    }

    @Override
    public Stage suspectArraigned(CaseEvent e, SuspectArraigned p) {
        return detail();
    }

    @Override
    public Stage suspectReleased(CaseEvent e, SuspectReleased p) {
        return detail();
    }

    @Override
    public Stage medicalEvidenceRecorded(CaseEvent e, MedicalEvidenceRecorded p) {
        return detail();
    }

    @Override
    public Stage investigationUpdated(CaseEvent e, InvestigationUpdated p) {
        return detail();
    }

    /** The first referral; arriving after ODPP already moved the case on, it moves nothing back. */
    @Override
    public Stage caseReferred(CaseEvent e, CaseReferred p) {
        return current == null || current == Stage.REPORTED || current == Stage.UNDER_INVESTIGATION
                ? Stage.REFERRED : current;
    }

    /** A re-submission reopens a returned or closed case; arriving after the ODPP charged it, it moves nothing back. */
    @Override
    public Stage caseResubmitted(CaseEvent e, CaseResubmitted p) {
        return before(Stage.CHARGED, Stage.IN_COURT, Stage.JUDGMENT, Stage.APPEAL, Stage.DIVERTED,
                Stage.DIVERSION_COMPLETED) ? Stage.REFERRED : current;
    }

    @Override
    public Stage caseClosed(CaseEvent e, CaseClosedByPolice p) {
        return Stage.CLOSED;
    }

    @Override
    public Stage policeClosureAttemptRefused(CaseEvent e, ClosureAttemptRefused p) {
        return current == null ? Stage.REPORTED : current;
    }

    /** Receipt of a referral or a re-submission: a returned case is under review again; nothing moves back. */
    @Override
    public Stage referralReceived(CaseEvent e, ReferralReceived p) {
        return current == null || current == Stage.REPORTED || current == Stage.UNDER_INVESTIGATION
                || current == Stage.RETURNED_TO_POLICE ? Stage.REFERRED : current;
    }

    @Override
    public Stage prosecutorAssigned(CaseEvent e, ProsecutorAssigned p) {
        return current == null || current == Stage.REPORTED || current == Stage.UNDER_INVESTIGATION
                ? Stage.REFERRED : current;
    }

    @Override
    public Stage returnedForInvestigation(CaseEvent e, ReturnedForInvestigation p) {
        return Stage.RETURNED_TO_POLICE;
    }

    @Override
    public Stage chargeApproved(CaseEvent e, ChargeApproved p) {
        return before(Stage.IN_COURT, Stage.JUDGMENT, Stage.APPEAL) ? Stage.CHARGED : current;
    }

    @Override
    public Stage chargeDeclined(CaseEvent e, ChargeDeclined p) {
        return Stage.CLOSED;
    }

    @Override
    public Stage chargeDecisionReviewed(CaseEvent e, ChargeDecisionReviewed p) {
        return Stage.REFERRED;
    }

    @Override
    public Stage chargeFiled(CaseEvent e, ChargeFiled p) {
        return before(Stage.IN_COURT, Stage.JUDGMENT, Stage.APPEAL) ? Stage.CHARGED : current;
    }

    @Override
    public Stage pleaRecorded(CaseEvent e, PleaRecorded p) {
        return before(Stage.JUDGMENT, Stage.APPEAL) ? Stage.IN_COURT : current;
    }

    @Override
    public Stage courtSittingRecorded(CaseEvent e, CourtSittingRecorded p) {
        return before(Stage.JUDGMENT, Stage.APPEAL) ? Stage.IN_COURT : current;
    }

    @Override
    public Stage judgmentDelivered(CaseEvent e, JudgmentDelivered p) {
        return Stage.JUDGMENT;
    }

    @Override
    public Stage proceedingsTerminated(CaseEvent e, ProceedingsTerminated p) {
        return Stage.CLOSED;
    }

    @Override
    public Stage appealFiled(CaseEvent e, AppealFiled p) {
        return Stage.APPEAL;
    }

    @Override
    public Stage appealDecided(CaseEvent e, AppealDecided p) {
        return p.outcome() == AppealDecided.AppealOutcome.RETRIAL_ORDERED ? Stage.IN_COURT : Stage.JUDGMENT;
    }

    @Override
    public Stage diversionRecorded(CaseEvent e, DiversionRecorded p) {
        return Stage.DIVERTED;
    }

    @Override
    public Stage diversionConcluded(CaseEvent e, DiversionConcluded p) {
        return p.outcome() == DiversionConcluded.DiversionOutcome.COMPLETED ? Stage.DIVERSION_COMPLETED
                : resumesAt == null ? Stage.REFERRED : resumesAt;
    }

    @Override
    public Stage prosecutionClosureAttemptRefused(CaseEvent e, ClosureAttemptRefused p) {
        return current == null ? Stage.REPORTED : current;
    }
}
