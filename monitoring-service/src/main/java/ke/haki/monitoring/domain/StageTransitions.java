package ke.haki.monitoring.domain;

import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.EventPayload;
import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.contract.nps.CaseReferred;
import ke.haki.contract.nps.CaseReported;
import ke.haki.contract.nps.CaseResubmitted;
import ke.haki.contract.odpp.AppealDecided;
import ke.haki.contract.odpp.AppealFiled;
import ke.haki.contract.odpp.ChargeApproved;
import ke.haki.contract.odpp.ChargeDecisionReviewed;
import ke.haki.contract.odpp.ChargeDeclined;
import ke.haki.contract.odpp.ChargeFiled;
import ke.haki.contract.odpp.CourtSittingRecorded;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.contract.odpp.PleaRecorded;
import ke.haki.contract.odpp.ProceedingsTerminated;
import ke.haki.contract.odpp.ProsecutorAssigned;
import ke.haki.contract.odpp.ReferralReceived;
import ke.haki.contract.odpp.ReturnedForInvestigation;

/**
 * The stage a case moves to on an event. Events that add detail (victim, suspect, evidence,
 * investigation steps) only move a freshly reported case into investigation; ODPP's receipt of a
 * referral never moves a case back. The two agencies publish on different topics, so an ODPP
 * event may arrive before the police report: the stage then starts from the ODPP event.
 */
public final class StageTransitions {

    private StageTransitions() {}

    public static Stage next(Stage current, EventPayload payload) {
        if (payload instanceof CaseReported) {
            return current == null ? Stage.REPORTED : current;
        }
        if (payload instanceof CaseReferred || payload instanceof CaseResubmitted) {
            return Stage.REFERRED;
        }
        if (payload instanceof ReferralReceived || payload instanceof ProsecutorAssigned) {
            return current == null || current == Stage.REPORTED || current == Stage.UNDER_INVESTIGATION
                    ? Stage.REFERRED : current;
        }
        if (payload instanceof ChargeDecisionReviewed) {
            return Stage.REFERRED;
        }
        if (payload instanceof ReturnedForInvestigation) {
            return Stage.RETURNED_TO_POLICE;
        }
        if (payload instanceof ChargeApproved || payload instanceof ChargeFiled) {
            return current == Stage.IN_COURT || current == Stage.JUDGMENT || current == Stage.APPEAL
                    ? current : Stage.CHARGED;
        }
        if (payload instanceof PleaRecorded || payload instanceof CourtSittingRecorded) {
            return current == Stage.JUDGMENT || current == Stage.APPEAL ? current : Stage.IN_COURT;
        }
        if (payload instanceof JudgmentDelivered) {
            return Stage.JUDGMENT;
        }
        if (payload instanceof AppealFiled) {
            return Stage.APPEAL;
        }
        if (payload instanceof AppealDecided decided) {
            return decided.outcome() == AppealDecided.AppealOutcome.RETRIAL_ORDERED ? Stage.IN_COURT : Stage.JUDGMENT;
        }
        if (payload instanceof CaseClosedByPolice || payload instanceof ChargeDeclined
                || payload instanceof ProceedingsTerminated) {
            return Stage.CLOSED;
        }
        if (payload instanceof ClosureAttemptRefused) {
            return current == null ? Stage.REPORTED : current;
        }
        // victim, suspect, arrest, arraignment, medical evidence, investigation step
        if (current == null || current == Stage.REPORTED) {
            return Stage.UNDER_INVESTIGATION;
        }
        return current;
    }

    /** Whether the event is progress on the case; a refused closure attempt is not. */
    public static boolean isProgress(EventPayload payload) {
        return !(payload instanceof ClosureAttemptRefused);
    }
}
