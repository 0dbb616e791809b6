package ke.haki.contract.odpp;

import java.util.List;

import ke.haki.law.ChargeCount;

import ke.haki.contract.EventPayload;
import ke.haki.contract.Withdrawn;
import ke.haki.contract.Since;

/**
 * The charging decision is to charge (ODPP Decision to Charge Guidelines 2019: the evidential test
 * and the public-interest test are both met). {@code proposedStatute} is what the system proposed
 * from the offence and the child's age band; when the prosecutor chose otherwise,
 * {@code overrideReasonCode} says why (since 1.1). {@code overrideReason}, the prosecutor's own
 * words, is no longer published (always null since 1.1; ADR 0005): it stays in the prosecution
 * service.
 */
public record ChargeApproved(
        String odppFileNumber,
        List<ChargeCount> counts,
        String proposedStatute,
        @Withdrawn("1.1") String overrideReason,
        @Since("1.1") OverrideReason overrideReasonCode) implements EventPayload {

    /** The shape of contract 1.0 (events still on the topic, replays): no coded reason. */
    public ChargeApproved(String odppFileNumber, List<ChargeCount> counts, String proposedStatute, String overrideReason) {
        this(odppFileNumber, counts, proposedStatute, overrideReason, null);
    }

    /** A charge as the producer publishes it since 1.1: the reason as a code only. */
    public static ChargeApproved coded(String odppFileNumber, List<ChargeCount> counts, String proposedStatute,
            OverrideReason reason) {
        return new ChargeApproved(odppFileNumber, counts, proposedStatute, null, reason);
    }

    /** Why the prosecutor charged other counts than the system proposed. */
    public enum OverrideReason {
        /** The evidence (e.g. the P3 form) supports a lesser offence than the one reported. */
        EVIDENCE_SUPPORTS_LESSER_OFFENCE,
        /** The evidence supports a graver offence. */
        EVIDENCE_SUPPORTS_GRAVER_OFFENCE,
        /** The child's age, as proved, falls in another age band. */
        AGE_EVIDENCE_DIFFERS,
        /** Further counts (another offence in the same transaction). */
        ADDITIONAL_COUNTS,
        /** An alternative count added to the main one. */
        ALTERNATIVE_COUNT,
        /** None of the above: the prosecutor's words are in the prosecution file. */
        OTHER
    }

    @Override
    public String summary() {
        return "Decision to charge: " + (counts == null || counts.isEmpty() ? "no count" : counts.get(0).statute()
                + (counts.size() > 1 ? " and " + (counts.size() - 1) + " more count(s)" : ""))
                + (overrideReasonCode == null && overrideReason == null ? " (as proposed)"
                        : " (proposed " + proposedStatute + "; changed"
                                + (overrideReasonCode == null ? "" : ": " + overrideReasonCode) + ")");
    }
}
