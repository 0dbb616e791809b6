package ke.haki.prosecution.domain;

import java.util.Objects;

import ke.haki.contract.law.AgeBand;
import ke.haki.contract.law.MinimumSentence;
import ke.haki.contract.law.Offence;
import ke.haki.contract.law.StatutoryMinimums;

/**
 * Compares the sentence the court gave with the statutory minimum for the offence and the child's
 * age band ({@link StatutoryMinimums}). A sentence below the minimum is recorded as given and
 * flagged: minimum sentences stand (Supreme Court, Republic v Mwangi [2024] KESC 34 (KLR)).
 */
public record SentenceCheck(MinimumSentence minimum, boolean belowMinimum) {

    public static SentenceCheck of(Offence offence, AgeBand band, boolean life, Integer years) {
        Objects.requireNonNull(offence, "offence");
        Objects.requireNonNull(band, "band");
        if (!life && (years == null || years < 0)) {
            throw new ProsecutionRuleViolation("sentence-missing", "A conviction needs a sentence: life, or a number of years");
        }
        MinimumSentence minimum = StatutoryMinimums.on(offence, band);
        return new SentenceCheck(minimum, !minimum.isAbove(life, life ? null : years));
    }
}
