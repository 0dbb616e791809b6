package ke.haki.contract.odpp;

import java.time.LocalDate;

import ke.haki.contract.EventPayload;
import ke.haki.contract.Since;
import ke.haki.law.CourtEnding;
import ke.haki.law.ImposedSentence;
import ke.haki.law.Offence;

/**
 * The court's judgment. A sentence below the statutory minimum is recorded as the court gave it
 * and flagged ({@code belowStatutoryMinimum}), per Republic v Mwangi [2024] KESC 34. Since 1.1 the
 * judgment says how the case ended ({@code ending}: a conviction, an acquittal after trial or on no
 * case to answer, or a discharge under Penal Code s.35 after conviction), the offence of the count
 * the accused was convicted on, the child's age the court found, and which accused it concerns:
 * the minimum follows those facts, not the offence first reported.
 */
public record JudgmentDelivered(
        String odppFileNumber,
        String courtCaseNumber,
        LocalDate deliveredOn,
        Verdict verdict,
        Sentence sentence,
        Sentence statutoryMinimum,
        boolean belowStatutoryMinimum,
        @Since("1.1") CourtEnding ending,
        @Since("1.1") Offence convictedOffence,
        @Since("1.1") Integer childAgeFound,
        @Since("1.1") String accusedRef) implements EventPayload {

    @Override
    public String summary() {
        return "Judgment: " + (ending == null ? verdict : ending.description())
                + (sentence == null ? "" : ", " + sentence.imposed().describe())
                + (statutoryMinimum == null ? "" : " (minimum " + statutoryMinimum.imposed().describe() + ")")
                + (belowStatutoryMinimum ? " BELOW THE STATUTORY MINIMUM" : "");
    }

    /** The v1.0 shape, for producers and tests that set none of the 1.1 fields. */
    public JudgmentDelivered(String odppFileNumber, String courtCaseNumber, LocalDate deliveredOn, Verdict verdict,
            Sentence sentence, Sentence statutoryMinimum, boolean belowStatutoryMinimum) {
        this(odppFileNumber, courtCaseNumber, deliveredOn, verdict, sentence, statutoryMinimum, belowStatutoryMinimum,
                null, null, null, null);
    }

    public enum Verdict {
        CONVICTED,
        ACQUITTED,
        DISCHARGED
    }

    /**
     * A sentence: {@code life}, or a term of {@code years} and (since 1.1) {@code months}, or (since
     * 1.1) {@code nonCustodial} when the court imposed no imprisonment.
     */
    public record Sentence(boolean life, Integer years, @Since("1.1") Integer months, @Since("1.1") Boolean nonCustodial) {

        public Sentence(boolean life, Integer years) {
            this(life, years, null, null);
        }

        public static Sentence of(ImposedSentence s) {
            return switch (s.kind()) {
                case LIFE -> new Sentence(true, null, null, null);
                case TERM -> new Sentence(false, s.years(), s.months() == 0 ? null : s.months(), null);
                case NON_CUSTODIAL -> new Sentence(false, null, null, true);
            };
        }

        /** The sentence as the law reads it; a v1.0 sentence without years is non-custodial. */
        public ImposedSentence imposed() {
            if (life) {
                return ImposedSentence.life();
            }
            int y = years == null ? 0 : years;
            int m = months == null ? 0 : months;
            if (Boolean.TRUE.equals(nonCustodial) || y + m == 0) {
                return ImposedSentence.nonCustodial();
            }
            return ImposedSentence.term(y + m / 12, m % 12);
        }
    }
}
