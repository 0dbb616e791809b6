package ke.haki.law;

import java.util.Objects;

/**
 * The sentence check at judgment and on appeal: the minimum follows the count the accused was
 * convicted on and the child's age the court found, not the offence first reported (Sexual
 * Offences Act; Republic v Mwangi [2024] KESC 34 (KLR): minimum sentences stand). A sentence below
 * the minimum is recorded as the court gave it and flagged. For a child offender the adult minimum
 * does not bind ({@link ChildOffender}).
 */
public record SentenceCheck(MinimumSentence minimum, Outcome outcome) {

    public static final String PRECEDENT = "Republic v Mwangi [2024] KESC 34 (KLR)";

    public enum Outcome {
        MEETS_MINIMUM,
        BELOW_MINIMUM,
        /** The accused was a child at the offence: the adult minimum does not bind the court. */
        MINIMUM_DOES_NOT_BIND
    }

    public static SentenceCheck of(Offence convictedOf, int childAgeFound, ImposedSentence sentence,
            Integer accusedAgeAtOffence) {
        return of(StatutoryMinimums.on(Objects.requireNonNull(convictedOf, "convictedOf"), AgeBand.ofAge(childAgeFound)),
                sentence, accusedAgeAtOffence);
    }

    /** The check against a minimum already found (see {@link StatutoryMinimums#find}). */
    public static SentenceCheck of(MinimumSentence minimum, ImposedSentence sentence, Integer accusedAgeAtOffence) {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(sentence, "sentence");
        if (ChildOffender.isChild(accusedAgeAtOffence)) {
            return new SentenceCheck(minimum, Outcome.MINIMUM_DOES_NOT_BIND);
        }
        return new SentenceCheck(minimum, minimum.isMetBy(sentence) ? Outcome.MEETS_MINIMUM : Outcome.BELOW_MINIMUM);
    }

    public boolean belowMinimum() {
        return outcome == Outcome.BELOW_MINIMUM;
    }
}
