package ke.haki.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The charge the system proposes from the offence, the child's age band at the offence and the
 * suspects' relationship to the child (Sexual Offences Act 2006): defilement under s.8(1) as read
 * with the band's penalty subsection, s.8(2), (3) or (4); attempted defilement under s.9(1) as read
 * with s.9(2), (3) or (4); gang defilement under s.10; each with the usual alternative count of an
 * indecent act with a child under s.11(1); an indecent act alone under s.11(1). Where a suspect is
 * a family member, incest under s.20(1) is proposed as a further alternative count (the prosecutor
 * confirms the degree of relationship s.20 requires). The prosecutor may charge otherwise, with a
 * reason; a main count carrying a lower minimum than the proposed one is a downgrade.
 */
public record ChargeProposal(AgeBand band, List<ChargeCount> counts) {

    static final String SOA = " Sexual Offences Act";
    static final ChargeCount ALTERNATIVE_INDECENT_ACT = new ChargeCount("s.11(1)" + SOA, true);
    static final ChargeCount ALTERNATIVE_INCEST = new ChargeCount("s.20(1)" + SOA, true);

    public ChargeProposal {
        Objects.requireNonNull(band, "band");
        counts = List.copyOf(counts);
    }

    public static ChargeProposal propose(Offence offence, AgeBand band, boolean familyMemberSuspect) {
        Objects.requireNonNull(offence, "offence");
        Objects.requireNonNull(band, "band");
        List<ChargeCount> counts = new ArrayList<>(switch (offence) {
            case DEFILEMENT -> List.of(new ChargeCount("s.8(1) as read with " + band.penaltySubsection() + SOA, false),
                    ALTERNATIVE_INDECENT_ACT);
            case ATTEMPTED_DEFILEMENT -> List.of(
                    new ChargeCount("s.9(1) as read with " + band.attemptPenaltySubsection() + SOA, false),
                    ALTERNATIVE_INDECENT_ACT);
            case GANG_DEFILEMENT -> List.of(new ChargeCount("s.10" + SOA, false), ALTERNATIVE_INDECENT_ACT);
            case INDECENT_ACT_WITH_CHILD -> List.of(new ChargeCount("s.11(1)" + SOA, false));
            case INCEST_WITH_CHILD -> List.of(new ChargeCount("s.20(1)" + SOA, false), ALTERNATIVE_INDECENT_ACT);
        });
        if (familyMemberSuspect && offence != Offence.INCEST_WITH_CHILD) {
            counts.add(ALTERNATIVE_INCEST);
        }
        return new ChargeProposal(band, counts);
    }

    /** The statute of the main count, e.g. {@code s.8(1) as read with s.8(3) Sexual Offences Act}. */
    public String mainStatute() {
        return counts.get(0).statute();
    }

    /** The offence of the first count that is not an alternative, when this catalogue knows it. */
    public static Optional<Offence> mainOffence(List<ChargeCount> counts) {
        return counts.stream().filter(c -> !c.alternative()).findFirst().flatMap(c -> Offence.ofCount(c.statute()));
    }

    /**
     * Whether the charged counts downgrade this proposal: their main count carries a lower minimum
     * sentence than the proposed main count, or names no offence of this catalogue.
     */
    public boolean isDowngradedBy(List<ChargeCount> charged) {
        MinimumSentence proposed = StatutoryMinimums.on(mainOffence(counts).orElseThrow(), band);
        return mainOffence(charged)
                .map(o -> rank(StatutoryMinimums.on(o, band)) < rank(proposed))
                .orElse(true);
    }

    private static int rank(MinimumSentence m) {
        return m.life() ? Integer.MAX_VALUE : m.years();
    }

    /**
     * The counts to charge: the proposal when the prosecutor sends none or the same; the
     * prosecutor's own counts only with a reason for departing from the proposal.
     */
    public Decided decide(List<ChargeCount> requested, String overrideReason) {
        if (requested == null || requested.isEmpty() || requested.equals(counts)) {
            return new Decided(counts, null);
        }
        if (requested.stream().allMatch(ChargeCount::alternative)) {
            throw new RuleViolation("no-main-count", "A charge needs at least one count that is not an alternative");
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            throw new RuleViolation("override-reason-required",
                    "The counts differ from the proposed " + mainStatute() + ": give the reason for the change");
        }
        return new Decided(List.copyOf(requested), overrideReason.strip());
    }

    /** The counts charged, and why they differ from the proposal (null when they do not). */
    public record Decided(List<ChargeCount> counts, String overrideReason) {}
}
