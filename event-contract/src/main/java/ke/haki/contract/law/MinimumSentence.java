package ke.haki.contract.law;

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
     * Whether a sentence the court gave is below this minimum. A life sentence is never below;
     * a term of years is below a life minimum or below the minimum years.
     */
    public boolean isAbove(boolean sentenceIsLife, Integer sentenceYears) {
        if (sentenceIsLife) {
            return true;
        }
        if (life) {
            return false;
        }
        return sentenceYears != null && sentenceYears >= years;
    }
}
