package ke.haki.contract;

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
 * A consumer's handling of every prosecution (ODPP) event type: one method per type, called by
 * {@link EventDispatch#odpp}. A new ODPP type adds a method here, so every consumer fails to compile
 * until it says what the type does to it; there is no fallback.
 */
public interface OdppEventHandler<R> {

    R referralReceived(CaseEvent event, ReferralReceived payload);

    R prosecutorAssigned(CaseEvent event, ProsecutorAssigned payload);

    R returnedForInvestigation(CaseEvent event, ReturnedForInvestigation payload);

    R chargeApproved(CaseEvent event, ChargeApproved payload);

    R chargeDeclined(CaseEvent event, ChargeDeclined payload);

    R chargeDecisionReviewed(CaseEvent event, ChargeDecisionReviewed payload);

    R chargeFiled(CaseEvent event, ChargeFiled payload);

    R pleaRecorded(CaseEvent event, PleaRecorded payload);

    R courtSittingRecorded(CaseEvent event, CourtSittingRecorded payload);

    R judgmentDelivered(CaseEvent event, JudgmentDelivered payload);

    R proceedingsTerminated(CaseEvent event, ProceedingsTerminated payload);

    R appealFiled(CaseEvent event, AppealFiled payload);

    R appealDecided(CaseEvent event, AppealDecided payload);

    R diversionRecorded(CaseEvent event, DiversionRecorded payload);

    R diversionConcluded(CaseEvent event, DiversionConcluded payload);

    R prosecutionClosureAttemptRefused(CaseEvent event, ClosureAttemptRefused payload);
}
