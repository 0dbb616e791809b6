package ke.haki.contract.odpp;

import java.util.List;

import ke.haki.law.ChargeCount;

import ke.haki.contract.EventPayload;

/**
 * The charging decision is to charge (ODPP Decision to Charge Guidelines 2019: the evidential test
 * and the public-interest test are both met). {@code proposedStatute} is what the system proposed
 * from the offence and the child's age band; when the prosecutor chose otherwise,
 * {@code overrideReason} says why.
 */
public record ChargeApproved(
        String odppFileNumber,
        List<ChargeCount> counts,
        String proposedStatute,
        String overrideReason) implements EventPayload {

    @Override
    public String summary() {
        return "Decision to charge: " + (counts == null || counts.isEmpty() ? "no count" : counts.get(0).statute()
                + (counts.size() > 1 ? " and " + (counts.size() - 1) + " more count(s)" : ""))
                + (overrideReason == null ? " (as proposed)" : " (proposed " + proposedStatute + "; changed: " + overrideReason + ")");
    }
}
