package ke.haki.prosecution.domain;

import java.time.LocalDate;
import java.util.List;

import ke.haki.contract.odpp.ChargeApproved.OverrideReason;
import ke.haki.contract.odpp.ChargeDeclined.DeclineReason;
import ke.haki.contract.odpp.ReturnedForInvestigation.Direction;
import ke.haki.law.ChargeCount;

/**
 * The charging decisions taken on a file (ODPP Decision to Charge Guidelines 2019): the two tests,
 * the counts charged and why they differ from the proposal, the reason not to charge, and the
 * directions of the last return to the police. Each part is null until its decision is taken;
 * the prosecutor's words (override reason, directions) stay in this service (ADR 0005).
 */
public record ChargingDecision(Boolean evidentialTestMet, Boolean publicInterestTestMet, String proposedStatute,
        List<ChargeCount> counts, String overrideReason, OverrideReason overrideReasonCode, DeclineReason declineReason,
        List<String> directions, List<Direction> directionCodes, LocalDate respondBy) {

    public static final ChargingDecision NONE = new ChargingDecision(null, null, null, null, null, null, null, null,
            null, null);

    public ChargingDecision {
        counts = counts == null ? null : List.copyOf(counts);
        directions = directions == null ? null : List.copyOf(directions);
        directionCodes = directionCodes == null ? null : List.copyOf(directionCodes);
    }

    /** Whether a charge was approved. */
    public boolean isCharged() {
        return counts != null;
    }

    /** The counts charged, none before the charge. */
    public List<ChargeCount> countsCharged() {
        return counts == null ? List.of() : counts;
    }

    ChargingDecision charged(String proposed, List<ChargeCount> charged, String reason, OverrideReason reasonCode) {
        return new ChargingDecision(true, true, proposed, charged, reason, reasonCode, declineReason, directions,
                directionCodes, respondBy);
    }

    ChargingDecision declined(DeclineReason reason, Boolean evidential, Boolean publicInterest) {
        return new ChargingDecision(evidential, publicInterest, proposedStatute, counts, overrideReason,
                overrideReasonCode, reason, directions, directionCodes, respondBy);
    }

    /** A reviewed decision not to charge leaves no reason and no tests: a new decision is awaited. */
    ChargingDecision reopened() {
        return new ChargingDecision(null, null, proposedStatute, counts, overrideReason, overrideReasonCode, null,
                directions, directionCodes, respondBy);
    }

    ChargingDecision returned(List<String> newDirections, List<Direction> codes, LocalDate by) {
        return new ChargingDecision(evidentialTestMet, publicInterestTestMet, proposedStatute, counts, overrideReason,
                overrideReasonCode, declineReason, newDirections, codes, by);
    }
}
