package ke.haki.law;

/**
 * The sentence a court imposed on a count: imprisonment for life, a term in years and months, or
 * no imprisonment at all (a fine, probation, community service, a discharge).
 */
public record ImposedSentence(Kind kind, int years, int months) {

    public enum Kind {
        LIFE,
        TERM,
        NON_CUSTODIAL
    }

    public ImposedSentence {
        if (kind == null) {
            throw new IllegalArgumentException("a sentence has a kind");
        }
        if (kind == Kind.TERM && (years < 0 || months < 0 || months > 11 || years + months == 0)) {
            throw new IllegalArgumentException("a term is a positive number of years and months (0 to 11)");
        }
        if (kind != Kind.TERM) {
            years = 0;
            months = 0;
        }
    }

    public static ImposedSentence life() {
        return new ImposedSentence(Kind.LIFE, 0, 0);
    }

    public static ImposedSentence term(int years, int months) {
        return new ImposedSentence(Kind.TERM, years, months);
    }

    public static ImposedSentence nonCustodial() {
        return new ImposedSentence(Kind.NON_CUSTODIAL, 0, 0);
    }

    /** How the sentence reads, e.g. "life imprisonment", "14 years 6 months", "a non-custodial sentence". */
    public String describe() {
        return switch (kind) {
            case LIFE -> "life imprisonment";
            case NON_CUSTODIAL -> "a non-custodial sentence";
            case TERM -> years + (years == 1 ? " year" : " years") + (months == 0 ? "" : " " + months
                    + (months == 1 ? " month" : " months"));
        };
    }
}
