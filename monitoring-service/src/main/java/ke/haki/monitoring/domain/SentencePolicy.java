package ke.haki.monitoring.domain;

import java.util.Optional;

import ke.haki.contract.law.AgeBand;
import ke.haki.contract.law.MinimumSentence;
import ke.haki.contract.law.Offence;
import ke.haki.contract.law.StatutoryMinimums;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;
import ke.haki.contract.odpp.JudgmentDelivered;

/**
 * SENTENCE_BELOW_STATUTORY_MINIMUM: recomputes the minimum from the offence and the child's age
 * band the police reported, independently of ODPP's own flag (minimum sentences stand: Republic v
 * Mwangi [2024] KESC 34). When the police facts are not known yet, ODPP's flag alone decides.
 */
public final class SentencePolicy {

    private SentencePolicy() {}

    public record Judgment(String key, JudgmentDelivered.Verdict verdict, Boolean life, Integer years,
            boolean flaggedBelow) {}

    public static Optional<AlertDecision> evaluate(Offence offence, AgeBand band, Judgment judgment) {
        if (judgment == null || judgment.verdict() != JudgmentDelivered.Verdict.CONVICTED) {
            return Optional.empty();
        }
        boolean life = Boolean.TRUE.equals(judgment.life());
        String given = life ? "life imprisonment" : judgment.years() + " years";
        if (offence != null && (band != null || offence != Offence.DEFILEMENT)) {
            MinimumSentence minimum = StatutoryMinimums.on(offence, band == null ? AgeBand.AGED_16_TO_17 : band);
            if (!minimum.isAbove(life, judgment.years())) {
                String required = minimum.life() ? "life imprisonment" : minimum.years() + " years";
                return Optional.of(decision(judgment, "Sentence of " + given + " for " + offence.title()
                        + (band == null ? "" : " (victim " + band + ")") + " is below the minimum of " + required,
                        minimum.statute() + "; Republic v Mwangi [2024] KESC 34 (KLR)"));
            }
            if (!judgment.flaggedBelow()) {
                return Optional.empty();
            }
        }
        if (judgment.flaggedBelow()) {
            return Optional.of(decision(judgment, "ODPP recorded a sentence of " + given
                    + " below the statutory minimum", "Sexual Offences Act 2006; Republic v Mwangi [2024] KESC 34 (KLR)"));
        }
        return Optional.empty();
    }

    private static AlertDecision decision(Judgment judgment, String reason, String rule) {
        return new AlertDecision(AlertType.SENTENCE_BELOW_STATUTORY_MINIMUM, Severity.CRITICAL,
                "sentence:" + judgment.key(), reason, rule, null);
    }
}
