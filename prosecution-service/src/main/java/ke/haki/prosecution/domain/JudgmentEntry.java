package ke.haki.prosecution.domain;

import java.time.LocalDate;

import ke.haki.contract.odpp.JudgmentDelivered.Verdict;
import ke.haki.law.CourtEnding;
import ke.haki.law.ImposedSentence;
import ke.haki.law.Offence;

/**
 * The trial court's judgment as the prosecutor reports it: the verdict, the ending it records, the
 * sentence of a conviction (null otherwise) and, when the court found otherwise than the file says,
 * the offence convicted of, the child's age at the offence and the accused (each null: the file's).
 */
public record JudgmentEntry(Verdict verdict, LocalDate deliveredOn, CourtEnding ending, ImposedSentence sentence,
        Offence convictedOffence, Integer childAgeFound, String accusedRef) {

    public boolean convicted() {
        return verdict == Verdict.CONVICTED;
    }
}
