package ke.haki.contract.odpp;

import ke.haki.contract.EventPayload;

/**
 * The charging decision is not to charge, with its reason. The case ends without a court outcome,
 * which the NGEC follows up.
 */
public record ChargeDeclined(
        String odppFileNumber,
        DeclineReason reason,
        boolean evidentialTestMet,
        boolean publicInterestTestMet) implements EventPayload {

    @Override
    public String summary() {
        return "Decision not to charge: " + reason;
    }

    public enum DeclineReason {
        INSUFFICIENT_EVIDENCE,
        ACCUSED_DECEASED,
        ACCUSED_UNFIT_TO_PLEAD,
        NO_OFFENCE_DISCLOSED
    }
}
