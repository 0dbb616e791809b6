package ke.haki.law;

/**
 * The minimum sentence on conviction, by offence and the child's age band at the offence
 * (Sexual Offences Act 2006):
 * <ul>
 * <li>defilement: s.8(2) life for a child aged eleven or less, s.8(3) twenty years for twelve to
 * fifteen, s.8(4) fifteen years for sixteen and seventeen;</li>
 * <li>attempted defilement, banded the same way: s.9(2) twenty years for a child of eleven or less,
 * s.9(3) ten years for twelve to fifteen, s.9(4) five years for sixteen to eighteen;</li>
 * <li>gang defilement: s.10 fifteen years (the court may enhance it to life);</li>
 * <li>indecent act with a child: s.11(1) ten years;</li>
 * <li>incest: s.20(1) ten years; where the female person is under eighteen the accused is liable
 * to imprisonment for life (the proviso raises the maximum, not the minimum).</li>
 * </ul>
 * A change in the law is a change here and nowhere else.
 */
public final class StatutoryMinimums {

    private static final String SOA = " Sexual Offences Act";

    private StatutoryMinimums() {}

    /** Whether the minimum for the offence depends on the child's age band (s.8 and s.9). */
    public static boolean dependsOnAge(Offence offence) {
        return offence == Offence.DEFILEMENT || offence == Offence.ATTEMPTED_DEFILEMENT;
    }

    /** The minimum when the facts decide it: empty for a banded offence whose band is unknown. */
    public static java.util.Optional<MinimumSentence> find(Offence offence, AgeBand band) {
        if (offence == null || (band == null && dependsOnAge(offence))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(on(offence, band == null ? AgeBand.AGED_16_TO_17 : band));
    }

    public static MinimumSentence on(Offence offence, AgeBand band) {
        return switch (offence) {
            case DEFILEMENT -> switch (band) {
                case AGED_11_OR_UNDER -> MinimumSentence.lifeImprisonment("s.8(2)" + SOA);
                case AGED_12_TO_15 -> MinimumSentence.yearsOf(20, "s.8(3)" + SOA);
                case AGED_16_TO_17 -> MinimumSentence.yearsOf(15, "s.8(4)" + SOA);
            };
            case ATTEMPTED_DEFILEMENT -> switch (band) {
                case AGED_11_OR_UNDER -> MinimumSentence.yearsOf(20, "s.9(2)" + SOA);
                case AGED_12_TO_15 -> MinimumSentence.yearsOf(10, "s.9(3)" + SOA);
                case AGED_16_TO_17 -> MinimumSentence.yearsOf(5, "s.9(4)" + SOA);
            };
            case GANG_DEFILEMENT -> MinimumSentence.yearsOf(15, "s.10" + SOA);
            case INDECENT_ACT_WITH_CHILD -> MinimumSentence.yearsOf(10, "s.11(1)" + SOA);
            case INCEST_WITH_CHILD -> MinimumSentence.yearsOf(10, "s.20(1)" + SOA);
        };
    }
}
