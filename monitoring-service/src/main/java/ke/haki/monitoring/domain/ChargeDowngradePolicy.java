package ke.haki.monitoring.domain;

import java.util.Optional;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;
import ke.haki.contract.odpp.ChargeApproved;
import ke.haki.law.AgeBand;
import ke.haki.law.ChargeProposal;
import ke.haki.law.Offence;

/**
 * CHARGE_DOWNGRADED: the prosecutor charged a main count that carries a lower minimum than the one
 * the facts call for (e.g. an indecent act instead of defilement). The monitor proposes the charge
 * itself, with the law module, from the offence reported, the child's age band and the suspects'
 * relationship, and never from ODPP's own "proposed" statute.
 */
public final class ChargeDowngradePolicy {

    private ChargeDowngradePolicy() {}

    public static Optional<AlertDecision> onEvent(CaseEvent event, Offence offence, AgeBand band, boolean familyMember) {
        if (!(event.payload() instanceof ChargeApproved approved) || offence == null || band == null) {
            return Optional.empty();
        }
        ChargeProposal proposal = ChargeProposal.propose(offence, band, familyMember);
        if (!proposal.isDowngradedBy(approved.counts())) {
            return Optional.empty();
        }
        String charged = approved.counts().stream().filter(c -> !c.alternative()).map(c -> c.statute()).findFirst()
                .orElse("no main count");
        return Optional.of(new AlertDecision(AlertType.CHARGE_DOWNGRADED, Severity.HIGH, "downgrade:" + event.eventId(),
                "Charged " + charged + " where the facts call for " + proposal.mainStatute() + "; reason given: "
                        + reasonGiven(approved),
                proposal.mainStatute() + "; ODPP Decision to Charge Guidelines 2019", null));
    }

    /**
     * The override reason as a code: the alert goes onto the NGEC topic, so a prosecutor's words
     * (published by contract 1.0 producers) are never copied into it (ADR 0005).
     */
    static String reasonGiven(ChargeApproved approved) {
        if (approved.overrideReasonCode() != null) {
            return approved.overrideReasonCode().name();
        }
        return approved.overrideReason() == null ? "none" : "not coded (see the ODPP file)";
    }
}
