package ke.haki.prosecution.domain;

import java.util.List;
import java.util.Objects;

import ke.haki.contract.law.AgeBand;
import ke.haki.contract.law.Offence;
import ke.haki.contract.odpp.ChargeFiled.Count;

/**
 * The charge the system proposes from the offence and the child's age band at the offence (Sexual
 * Offences Act 2006): defilement is charged under s.8(1) as read with the penalty subsection of the
 * band, s.8(2), (3) or (4), with the usual alternative count of an indecent act with a child under
 * s.11(1); attempted defilement under s.9(1) as read with s.9(2); gang defilement under s.10; an
 * indecent act under s.11(1). The prosecutor may charge otherwise, with a reason.
 */
public record ChargeProposal(List<Count> counts) {

    static final String SOA = " Sexual Offences Act";
    static final Count ALTERNATIVE_INDECENT_ACT = new Count("s.11(1)" + SOA, true);

    public ChargeProposal {
        counts = List.copyOf(counts);
    }

    public static ChargeProposal propose(Offence offence, AgeBand band) {
        Objects.requireNonNull(offence, "offence");
        Objects.requireNonNull(band, "band");
        return switch (offence) {
            case DEFILEMENT -> new ChargeProposal(List.of(
                    new Count("s.8(1) as read with " + band.penaltySubsection() + SOA, false),
                    ALTERNATIVE_INDECENT_ACT));
            case ATTEMPTED_DEFILEMENT -> new ChargeProposal(List.of(
                    new Count("s.9(1) as read with s.9(2)" + SOA, false), ALTERNATIVE_INDECENT_ACT));
            case GANG_DEFILEMENT -> new ChargeProposal(List.of(
                    new Count("s.10" + SOA, false), ALTERNATIVE_INDECENT_ACT));
            case INDECENT_ACT_WITH_CHILD -> new ChargeProposal(List.of(new Count("s.11(1)" + SOA, false)));
        };
    }

    /** The statute of the main count, e.g. {@code s.8(1) as read with s.8(3) Sexual Offences Act}. */
    public String mainStatute() {
        return counts.get(0).statute();
    }

    /**
     * The counts to charge: the proposal when the prosecutor sends none or the same; the
     * prosecutor's own counts only with a reason for departing from the proposal.
     */
    public Decided decide(List<Count> requested, String overrideReason) {
        if (requested == null || requested.isEmpty() || requested.equals(counts)) {
            return new Decided(counts, null);
        }
        if (requested.stream().noneMatch(c -> !c.alternative())) {
            throw new ProsecutionRuleViolation("no-main-count", "A charge needs at least one count that is not an alternative");
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            throw new ProsecutionRuleViolation("override-reason-required",
                    "The counts differ from the proposed " + mainStatute() + ": give the reason for the change");
        }
        return new Decided(List.copyOf(requested), overrideReason.strip());
    }

    /** The counts charged, and why they differ from the proposal (null when they do not). */
    public record Decided(List<Count> counts, String overrideReason) {}
}
