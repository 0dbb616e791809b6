package ke.haki.contract;

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
 * Hands an event to the handler method of its type. The switches are exhaustive over
 * {@link EventType} (no {@code default}), so a new type does not compile until it is routed; an
 * event of another agency is refused, never ignored.
 */
public final class EventDispatch {

    private EventDispatch() {}

    /** An NPS or ODPP event, to the handler of its agency. */
    public static <R> R any(CaseEvent e, NpsEventHandler<R> nps, OdppEventHandler<R> odpp) {
        return e.type().producer() == Agency.NPS ? nps(e, nps) : odpp(e, odpp);
    }

    /** @throws IllegalArgumentException for an event that is not a police event */
    public static <R> R nps(CaseEvent e, NpsEventHandler<R> h) {
        return switch (e.type()) {
            case NPS_CASE_REPORTED -> h.caseReported(e, e.payloadAs(CaseReported.class));
            case NPS_VICTIM_RECORDED -> h.victimRecorded(e, e.payloadAs(VictimRecorded.class));
            case NPS_SUSPECT_RECORDED -> h.suspectRecorded(e, e.payloadAs(SuspectRecorded.class));
            case NPS_SUSPECT_ARRESTED -> h.suspectArrested(e, e.payloadAs(SuspectArrested.class));
            case NPS_SUSPECT_ARRAIGNED -> h.suspectArraigned(e, e.payloadAs(SuspectArraigned.class));
            case NPS_SUSPECT_RELEASED -> h.suspectReleased(e, e.payloadAs(SuspectReleased.class));
            case NPS_MEDICAL_EVIDENCE_RECORDED -> h.medicalEvidenceRecorded(e, e.payloadAs(MedicalEvidenceRecorded.class));
            case NPS_INVESTIGATION_UPDATED -> h.investigationUpdated(e, e.payloadAs(InvestigationUpdated.class));
            case NPS_CASE_REFERRED -> h.caseReferred(e, e.payloadAs(CaseReferred.class));
            case NPS_CASE_RESUBMITTED -> h.caseResubmitted(e, e.payloadAs(CaseResubmitted.class));
            case NPS_CASE_CLOSED -> h.caseClosed(e, e.payloadAs(CaseClosedByPolice.class));
            case NPS_CLOSURE_ATTEMPT_REFUSED -> h.policeClosureAttemptRefused(e, e.payloadAs(ClosureAttemptRefused.class));
            case ODPP_REFERRAL_RECEIVED, ODPP_PROSECUTOR_ASSIGNED, ODPP_RETURNED_FOR_INVESTIGATION, ODPP_CHARGE_APPROVED,
                    ODPP_CHARGE_DECLINED, ODPP_CHARGE_DECISION_REVIEWED, ODPP_CHARGE_FILED, ODPP_PLEA_RECORDED,
                    ODPP_COURT_SITTING_RECORDED, ODPP_JUDGMENT_DELIVERED, ODPP_PROCEEDINGS_TERMINATED, ODPP_APPEAL_FILED,
                    ODPP_APPEAL_DECIDED, ODPP_DIVERSION_RECORDED, ODPP_DIVERSION_CONCLUDED, ODPP_CLOSURE_ATTEMPT_REFUSED,
                    NGEC_ALERT_RAISED, NGEC_ALERT_STATUS_CHANGED -> throw notOf(Agency.NPS, e);
        };
    }

    /** @throws IllegalArgumentException for an event that is not a prosecution event */
    public static <R> R odpp(CaseEvent e, OdppEventHandler<R> h) {
        return switch (e.type()) {
            case ODPP_REFERRAL_RECEIVED -> h.referralReceived(e, e.payloadAs(ReferralReceived.class));
            case ODPP_PROSECUTOR_ASSIGNED -> h.prosecutorAssigned(e, e.payloadAs(ProsecutorAssigned.class));
            case ODPP_RETURNED_FOR_INVESTIGATION -> h.returnedForInvestigation(e, e.payloadAs(ReturnedForInvestigation.class));
            case ODPP_CHARGE_APPROVED -> h.chargeApproved(e, e.payloadAs(ChargeApproved.class));
            case ODPP_CHARGE_DECLINED -> h.chargeDeclined(e, e.payloadAs(ChargeDeclined.class));
            case ODPP_CHARGE_DECISION_REVIEWED -> h.chargeDecisionReviewed(e, e.payloadAs(ChargeDecisionReviewed.class));
            case ODPP_CHARGE_FILED -> h.chargeFiled(e, e.payloadAs(ChargeFiled.class));
            case ODPP_PLEA_RECORDED -> h.pleaRecorded(e, e.payloadAs(PleaRecorded.class));
            case ODPP_COURT_SITTING_RECORDED -> h.courtSittingRecorded(e, e.payloadAs(CourtSittingRecorded.class));
            case ODPP_JUDGMENT_DELIVERED -> h.judgmentDelivered(e, e.payloadAs(JudgmentDelivered.class));
            case ODPP_PROCEEDINGS_TERMINATED -> h.proceedingsTerminated(e, e.payloadAs(ProceedingsTerminated.class));
            case ODPP_APPEAL_FILED -> h.appealFiled(e, e.payloadAs(AppealFiled.class));
            case ODPP_APPEAL_DECIDED -> h.appealDecided(e, e.payloadAs(AppealDecided.class));
            case ODPP_DIVERSION_RECORDED -> h.diversionRecorded(e, e.payloadAs(DiversionRecorded.class));
            case ODPP_DIVERSION_CONCLUDED -> h.diversionConcluded(e, e.payloadAs(DiversionConcluded.class));
            case ODPP_CLOSURE_ATTEMPT_REFUSED -> h.prosecutionClosureAttemptRefused(e, e.payloadAs(ClosureAttemptRefused.class));
            case NPS_CASE_REPORTED, NPS_VICTIM_RECORDED, NPS_SUSPECT_RECORDED, NPS_SUSPECT_ARRESTED, NPS_SUSPECT_ARRAIGNED,
                    NPS_SUSPECT_RELEASED, NPS_MEDICAL_EVIDENCE_RECORDED, NPS_INVESTIGATION_UPDATED, NPS_CASE_REFERRED,
                    NPS_CASE_RESUBMITTED, NPS_CASE_CLOSED, NPS_CLOSURE_ATTEMPT_REFUSED, NGEC_ALERT_RAISED,
                    NGEC_ALERT_STATUS_CHANGED -> throw notOf(Agency.ODPP, e);
        };
    }

    private static IllegalArgumentException notOf(Agency agency, CaseEvent e) {
        return new IllegalArgumentException("not an " + agency + " event: " + e.type().typeName());
    }
}
