package ke.haki.monitoring.domain;

import java.util.Optional;

import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.law.AgeBand;
import ke.haki.law.ImposedSentence;
import ke.haki.law.MinimumSentence;
import ke.haki.law.Offence;
import ke.haki.law.SentenceCheck;
import ke.haki.law.StatutoryMinimums;

/**
 * SENTENCE_BELOW_STATUTORY_MINIMUM: recomputes the minimum with the law module from the facts: the
 * offence of the count convicted on (else the offence reported), the child's age the court found
 * (else the age band the police reported) and the accused's age at the offence (a child offender is
 * not bound by the adult minimum). ODPP's own flag never clears a breach the facts show; only when
 * the monitor has no facts to judge by does ODPP's admission of a breach raise the alert.
 */
public final class SentencePolicy {

    private SentencePolicy() {}

    /** A judgment (or a varied sentence on appeal) as the monitor recorded it. */
    public record Judgment(String key, JudgmentDelivered.Verdict verdict, ImposedSentence sentence,
            Offence convictedOffence, Integer childAgeFound, Integer accusedAge, boolean flaggedBelow) {}

    public static Optional<AlertDecision> evaluate(Offence reportedOffence, AgeBand reportedBand, Judgment judgment) {
        if (judgment == null || judgment.verdict() != JudgmentDelivered.Verdict.CONVICTED || judgment.sentence() == null) {
            return Optional.empty();
        }
        Offence offence = judgment.convictedOffence() != null ? judgment.convictedOffence() : reportedOffence;
        AgeBand band = judgment.childAgeFound() != null ? AgeBand.ofAge(judgment.childAgeFound()) : reportedBand;
        Optional<MinimumSentence> minimum = StatutoryMinimums.find(offence, band);
        String given = judgment.sentence().describe();
        if (minimum.isPresent()) {
            SentenceCheck check = SentenceCheck.of(minimum.get(), judgment.sentence(), judgment.accusedAge());
            if (!check.belowMinimum()) {
                return Optional.empty();
            }
            return Optional.of(decision(judgment, "Sentence of " + given + " for " + offence.title()
                    + (band == null ? "" : " (victim " + band + ")") + " is below the minimum of "
                    + minimum.get().describe(), minimum.get().statute() + "; " + SentenceCheck.PRECEDENT));
        }
        if (judgment.flaggedBelow()) {
            return Optional.of(decision(judgment, "ODPP recorded a sentence of " + given
                    + " below the statutory minimum", "Sexual Offences Act 2006; " + SentenceCheck.PRECEDENT));
        }
        return Optional.empty();
    }

    private static AlertDecision decision(Judgment judgment, String reason, String rule) {
        return new AlertDecision(AlertType.SENTENCE_BELOW_STATUTORY_MINIMUM, Severity.CRITICAL,
                "sentence:" + judgment.key(), reason, rule, null);
    }
}
