package ke.haki.prosecution.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import ke.haki.contract.odpp.JudgmentDelivered.Sentence;
import ke.haki.contract.odpp.JudgmentDelivered.Verdict;
import ke.haki.law.ChargeCount;
import ke.haki.law.ChargeProposal;
import ke.haki.law.CourtEnding;
import ke.haki.law.ImposedSentence;
import ke.haki.law.MinimumSentence;
import ke.haki.law.Offence;
import ke.haki.law.SentenceCheck;

/**
 * How the trial ended: the judgment (verdict, sentence, the statutory minimum it was checked
 * against and whether it is below it, on the offence convicted of and the child's age the court
 * found) or an ending without a verdict; {@code ending} names either. Each part is null until
 * recorded.
 */
public record TrialOutcome(Verdict verdict, LocalDate judgmentOn, CourtEnding ending, ImposedSentence sentence,
        Offence convictedOffence, Integer childAgeFound, String accusedRef, MinimumSentence minimum,
        Boolean belowMinimum, LocalDate endedOn, String rulingReference) {

    public static final TrialOutcome NONE = new TrialOutcome(null, null, null, null, null, null, null, null, null,
            null, null);

    /**
     * The judgment. A conviction is on the main count charged unless the court found another, for
     * the child's age the police recorded unless the court found another; its sentence is checked
     * against the statutory minimum for that offence and age, for the accused named or the only
     * suspect (a child accused is not bound by the adult minimum; an unknown accused is).
     */
    TrialOutcome judged(JudgmentEntry j, CaseFacts facts, List<ChargeCount> charged) {
        TrialOutcome judged = new TrialOutcome(j.verdict(), j.deliveredOn(), j.ending(), sentence, convictedOffence,
                childAgeFound, accusedRef, minimum, belowMinimum, endedOn, rulingReference);
        if (!j.convicted()) {
            return judged;
        }
        Offence offence = j.convictedOffence() != null ? j.convictedOffence()
                : ChargeProposal.mainOffence(charged).orElse(facts.offence());
        Integer childAge = j.childAgeFound() != null ? j.childAgeFound() : facts.victimAge();
        if (childAge == null) {
            throw new InvalidEntry("childAgeFound", "required: the police recorded no age at the offence");
        }
        Optional<CaseFacts.Suspect> accused = facts.accused(j.accusedRef());
        SentenceCheck check = SentenceCheck.of(offence, childAge, j.sentence(),
                accused.map(CaseFacts.Suspect::ageYears).orElse(null));
        return new TrialOutcome(j.verdict(), j.deliveredOn(), j.ending(), j.sentence(), offence, childAge,
                accused.map(CaseFacts.Suspect::ref).orElse(null), check.minimum(), check.belowMinimum(), endedOn,
                rulingReference);
    }

    /** The sentence with the check of it against the statutory minimum. */
    TrialOutcome sentenced(ImposedSentence imposed, SentenceCheck check) {
        return new TrialOutcome(verdict, judgmentOn, ending, imposed, convictedOffence, childAgeFound, accusedRef,
                check.minimum(), check.belowMinimum(), endedOn, rulingReference);
    }

    TrialOutcome terminated(CourtEnding newEnding, LocalDate on, String ruling) {
        return new TrialOutcome(verdict, judgmentOn, newEnding, sentence, convictedOffence, childAgeFound, accusedRef,
                minimum, belowMinimum, on, ruling);
    }

    /** A retrial starts afresh: a new judgment (the first stays on the timeline). */
    TrialOutcome retried() {
        return new TrialOutcome(null, null, null, null, null, null, null, null, null, endedOn, rulingReference);
    }

    /** The statutory minimum as the judgment event publishes it. */
    Sentence publishedMinimum() {
        return new Sentence(minimum.life(), minimum.life() ? null : minimum.years());
    }
}
