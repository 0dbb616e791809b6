package ke.haki.law;

/**
 * The child's age band at the time of the offence, as the Sexual Offences Act sets the penalties
 * of defilement (s.8(2) eleven years or less, s.8(3) twelve to fifteen, s.8(4) sixteen and
 * seventeen) and of attempted defilement (s.9(2), (3) and (4), the same bands).
 */
public enum AgeBand {
    AGED_11_OR_UNDER("s.8(2)", "s.9(2)"),
    AGED_12_TO_15("s.8(3)", "s.9(3)"),
    AGED_16_TO_17("s.8(4)", "s.9(4)");

    private final String penaltySubsection;
    private final String attemptPenaltySubsection;

    AgeBand(String penaltySubsection, String attemptPenaltySubsection) {
        this.penaltySubsection = penaltySubsection;
        this.attemptPenaltySubsection = attemptPenaltySubsection;
    }

    /** The s.8 subsection that sets the penalty for defilement of a child in this band. */
    public String penaltySubsection() {
        return penaltySubsection;
    }

    /** The s.9 subsection that sets the penalty for attempted defilement of a child in this band. */
    public String attemptPenaltySubsection() {
        return attemptPenaltySubsection;
    }

    /**
     * The band for an age in whole years at the offence.
     *
     * @throws IllegalArgumentException for a negative age or an adult (18 or more): not a child
     */
    public static AgeBand ofAge(int years) {
        if (years < 0) {
            throw new IllegalArgumentException("age cannot be negative");
        }
        if (years <= 11) {
            return AGED_11_OR_UNDER;
        }
        if (years <= 15) {
            return AGED_12_TO_15;
        }
        if (years <= 17) {
            return AGED_16_TO_17;
        }
        throw new IllegalArgumentException("a person aged " + years + " is not a child");
    }
}
