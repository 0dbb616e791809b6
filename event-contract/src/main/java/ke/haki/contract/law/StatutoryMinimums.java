package ke.haki.contract.law;

/**
 * The minimum sentence on conviction, by offence and the child's age band at the offence
 * (Sexual Offences Act 2006): s.8(2) life for a child aged eleven or less, s.8(3) twenty years for
 * twelve to fifteen, s.8(4) fifteen years for sixteen and seventeen; s.9(2) attempted defilement
 * ten years; s.10 gang defilement fifteen years; s.11(1) indecent act with a child ten years.
 * A change in the law is a change here and nowhere else.
 */
public final class StatutoryMinimums {

    private StatutoryMinimums() {}

    public static MinimumSentence on(Offence offence, AgeBand band) {
        return switch (offence) {
            case DEFILEMENT -> switch (band) {
                case AGED_11_OR_UNDER -> MinimumSentence.lifeImprisonment("s.8(2) Sexual Offences Act");
                case AGED_12_TO_15 -> MinimumSentence.yearsOf(20, "s.8(3) Sexual Offences Act");
                case AGED_16_TO_17 -> MinimumSentence.yearsOf(15, "s.8(4) Sexual Offences Act");
            };
            case ATTEMPTED_DEFILEMENT -> MinimumSentence.yearsOf(10, "s.9(2) Sexual Offences Act");
            case GANG_DEFILEMENT -> MinimumSentence.yearsOf(15, "s.10 Sexual Offences Act");
            case INDECENT_ACT_WITH_CHILD -> MinimumSentence.yearsOf(10, "s.11(1) Sexual Offences Act");
        };
    }
}
