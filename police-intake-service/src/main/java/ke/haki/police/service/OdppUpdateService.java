package ke.haki.police.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.odpp.ChargeDecisionReviewed;
import ke.haki.contract.odpp.ChargeDeclined;
import ke.haki.contract.odpp.ChargeFiled;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.contract.odpp.ProceedingsTerminated;
import ke.haki.contract.odpp.ReferralReceived;
import ke.haki.contract.odpp.ReturnedForInvestigation;
import ke.haki.kit.inbox.EventRejectedException;
import ke.haki.police.domain.CaseStatus;
import ke.haki.police.repository.CaseRepository;
import ke.haki.police.repository.PoliceCaseEntity;

/** Keeps the police view of a case current with what ODPP reports: review, return, charge, judgment. */
@ApplicationScoped
public class OdppUpdateService {

    @Inject
    CaseRepository cases;

    @Inject
    CaseEventPublisher events;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CaseEvent event) {
        PoliceCaseEntity c = cases.findForUpdate(event.caseId())
                .orElseThrow(() -> new EventRejectedException("no police case " + event.caseId()));
        String summary;
        Object payload = event.payload();
        if (payload instanceof ReferralReceived r) {
            c.odppFileNumber = r.odppFileNumber();
            if (c.status == CaseStatus.REFERRED_TO_ODPP) {
                c.status = CaseStatus.UNDER_ODPP_REVIEW;
            }
            summary = "ODPP received referral " + r.referralNumber() + " as file " + r.odppFileNumber();
        } else if (payload instanceof ReturnedForInvestigation r) {
            requireStatus(c, event, c.status.isWithOdpp());
            c.status = CaseStatus.RETURNED_FOR_INVESTIGATION;
            summary = "ODPP returned the file for further investigation: " + r.directionCount()
                    + " direction(s)" + (r.directionCodes() == null ? "" : " " + r.directionCodes())
                    + ", respond by " + r.respondBy();
        } else if (payload instanceof ChargeFiled f) {
            requireStatus(c, event, c.status.isWithOdpp());
            c.status = CaseStatus.CHARGED;
            c.courtCaseNumber = f.courtCaseNumber();
            summary = "Charged: " + f.courtCaseNumber() + " at " + f.court();
        } else if (payload instanceof JudgmentDelivered j) {
            requireStatus(c, event, c.status == CaseStatus.CHARGED || c.status == CaseStatus.JUDGMENT_DELIVERED);
            c.status = CaseStatus.JUDGMENT_DELIVERED;
            c.verdict = j.verdict().name();
            summary = "Judgment: " + j.verdict()
                    + (j.belowStatutoryMinimum() ? " (sentence below the statutory minimum)" : "");
        } else if (payload instanceof ChargeDeclined d) {
            requireStatus(c, event, c.status.isWithOdpp());
            c.status = CaseStatus.CHARGE_DECLINED_BY_ODPP;
            summary = "ODPP decided not to charge: " + d.reason();
        } else if (payload instanceof ChargeDecisionReviewed r) {
            requireStatus(c, event, c.status == CaseStatus.CHARGE_DECLINED_BY_ODPP);
            c.status = CaseStatus.UNDER_ODPP_REVIEW;
            summary = "ODPP reviewed its decision not to charge (" + r.ground() + "): under review again";
        } else if (payload instanceof ProceedingsTerminated t) {
            requireStatus(c, event, c.status == CaseStatus.CHARGED);
            c.status = CaseStatus.ENDED_IN_COURT_WITHOUT_VERDICT;
            summary = "The court ended the case without a verdict: " + t.ending().description() + " ("
                    + t.ending().provision() + ")";
        } else if (payload instanceof ClosureAttemptRefused r) {
            summary = "ODPP refused " + r.attemptedAction() + " (" + r.statute() + ")";
        } else {
            summary = event.type().typeName();
        }
        c.updatedAt = event.occurredAt().isAfter(c.updatedAt) ? event.occurredAt() : c.updatedAt;
        events.record(event, summary);
    }

    /** An ODPP event that does not fit the police case's state is a dead letter, not an overwrite. */
    private static void requireStatus(PoliceCaseEntity c, CaseEvent event, boolean fits) {
        if (!fits) {
            throw new EventRejectedException(event.type().typeName() + " " + event.eventId()
                    + " does not fit case " + c.caseId + ", which is " + c.status);
        }
    }
}
