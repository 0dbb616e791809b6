package ke.haki.law;

/**
 * A minimum custodial sentence: imprisonment for life, or a number of years. Minimum sentences
 * of the Sexual Offences Act stand (Supreme Court, Republic v Mwangi [2024] KESC 34 (KLR)).
 */
public record MinimumSentence(boolean life, int years, String statute) {

    public static MinimumSentence lifeImprisonment(String statute) {
        return new MinimumSentence(true, 0, statute);
    }

    public static MinimumSentence yearsOf(int years, String statute) {
        return new MinimumSentence(false, years, statute);
    }

    /**
     * Whether the imposed sentence meets this minimum: life always does; a term does when it is at
     * least the minimum years (and never against a life minimum); a non-custodial sentence never does.
     */
    public boolean isMetBy(ImposedSentence sentence) {
        return switch (sentence.kind()) {
            case LIFE -> true;
            case NON_CUSTODIAL -> false;
            case TERM -> !life && sentence.years() * 12 + sentence.months() >= years * 12;
        };
    }

    public String describe() {
        return life ? "life imprisonment" : years + " years";
    }
}
