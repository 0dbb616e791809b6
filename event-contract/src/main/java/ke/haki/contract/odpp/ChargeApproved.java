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
        String overrideReason) implements EventPayload {}
