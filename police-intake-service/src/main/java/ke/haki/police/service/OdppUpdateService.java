package ke.haki.police.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.EventDispatch;
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
import ke.haki.kit.inbox.EventRejectedException;
import ke.haki.kit.timeline.EventPublisher;
import ke.haki.police.domain.CaseStatus;
import ke.haki.police.repository.CaseRepository;
import ke.haki.police.repository.PoliceCaseEntity;

/**
 * Keeps the police view of a case current with every ODPP event type ({@link OdppEventHandler}):
 * review, return, charge, court, judgment, diversion of a child accused. An event that does not fit
 * the case's state is a dead letter, not an overwrite.
 */
@ApplicationScoped
public class OdppUpdateService {

    @Inject
    CaseRepository cases;

    @Inject
    EventPublisher events;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CaseEvent event) {
        PoliceCaseEntity c = cases.findForUpdate(event.caseId())
                .orElseThrow(() -> new EventRejectedException("no police case " + event.caseId()));
        try {
            EventDispatch.odpp(event, new Projection(c));
        } catch (IllegalArgumentException e) {
            throw new EventRejectedException(e.getMessage());
        }
        c.updatedAt = event.occurredAt().isAfter(c.updatedAt) ? event.occurredAt() : c.updatedAt;
        events.record(event);
    }

    /** What each ODPP event does to one police case. */
    private record Projection(PoliceCaseEntity c) implements OdppEventHandler<Void> {

        @Override
        public Void referralReceived(CaseEvent e, ReferralReceived r) {
            c.odppFileNumber = r.odppFileNumber();
            if (c.status == CaseStatus.REFERRED_TO_ODPP) {
                c.status = CaseStatus.UNDER_ODPP_REVIEW;
            }
            return null;
        }

        @Override
        public Void prosecutorAssigned(CaseEvent e, ProsecutorAssigned a) {
            return null;
        }

        @Override
        public Void returnedForInvestigation(CaseEvent e, ReturnedForInvestigation r) {
            return move(e, c.status.isWithOdpp(), CaseStatus.RETURNED_FOR_INVESTIGATION);
        }

        @Override
        public Void chargeApproved(CaseEvent e, ChargeApproved a) {
            return require(e, c.status.isWithOdpp());
        }

        @Override
        public Void chargeDeclined(CaseEvent e, ChargeDeclined d) {
            return move(e, c.status.isWithOdpp(), CaseStatus.CHARGE_DECLINED_BY_ODPP);
        }

        @Override
        public Void chargeDecisionReviewed(CaseEvent e, ChargeDecisionReviewed r) {
            return move(e, c.status == CaseStatus.CHARGE_DECLINED_BY_ODPP, CaseStatus.UNDER_ODPP_REVIEW);
        }

        @Override
        public Void chargeFiled(CaseEvent e, ChargeFiled f) {
            move(e, c.status.isWithOdpp(), CaseStatus.CHARGED);
            c.courtCaseNumber = f.courtCaseNumber();
            return null;
        }

        @Override
        public Void pleaRecorded(CaseEvent e, PleaRecorded p) {
            return require(e, c.status == CaseStatus.CHARGED);
        }

        @Override
        public Void courtSittingRecorded(CaseEvent e, CourtSittingRecorded s) {
            return require(e, c.status == CaseStatus.CHARGED);
        }

        @Override
        public Void judgmentDelivered(CaseEvent e, JudgmentDelivered j) {
            move(e, c.status == CaseStatus.CHARGED || c.status == CaseStatus.JUDGMENT_DELIVERED,
                    CaseStatus.JUDGMENT_DELIVERED);
            c.verdict = j.verdict().name();
            return null;
        }

        @Override
        public Void proceedingsTerminated(CaseEvent e, ProceedingsTerminated t) {
            return move(e, c.status == CaseStatus.CHARGED, CaseStatus.ENDED_IN_COURT_WITHOUT_VERDICT);
        }

        @Override
        public Void appealFiled(CaseEvent e, AppealFiled a) {
            return require(e, c.status == CaseStatus.JUDGMENT_DELIVERED);
        }

        /** A retrial sends the case back to court: the police view is CHARGED again until the new judgment. */
        @Override
        public Void appealDecided(CaseEvent e, AppealDecided d) {
            require(e, c.status == CaseStatus.JUDGMENT_DELIVERED);
            if (d.outcome() == AppealDecided.AppealOutcome.RETRIAL_ORDERED) {
                c.status = CaseStatus.CHARGED;
                c.verdict = null;
            }
            return null;
        }

        @Override
        public Void diversionRecorded(CaseEvent e, DiversionRecorded d) {
            return move(e, c.status.isWithOdpp() || c.status == CaseStatus.CHARGED, CaseStatus.DIVERTED_BY_ODPP);
        }

        /** A completed diversion ends the case; a failed one returns it to where the prosecution stood. */
        @Override
        public Void diversionConcluded(CaseEvent e, DiversionConcluded d) {
            require(e, c.status == CaseStatus.DIVERTED_BY_ODPP);
            c.status = d.outcome() == DiversionConcluded.DiversionOutcome.COMPLETED ? CaseStatus.DIVERSION_COMPLETED
                    : c.courtCaseNumber != null ? CaseStatus.CHARGED : CaseStatus.UNDER_ODPP_REVIEW;
            return null;
        }

        @Override
        public Void prosecutionClosureAttemptRefused(CaseEvent e, ClosureAttemptRefused r) {
            return null;
        }

        private Void move(CaseEvent e, boolean fits, CaseStatus next) {
            require(e, fits);
            c.status = next;
            return null;
        }

        /** An ODPP event that does not fit the police case's state is a dead letter, not an overwrite. */
        private Void require(CaseEvent e, boolean fits) {
            if (!fits) {
                throw EventRejectedException.doesNotFit(e, "the police case is " + c.status);
            }
            return null;
        }
    }
}
