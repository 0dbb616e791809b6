package ke.haki.contract.odpp;

import java.time.LocalDate;

import ke.haki.contract.EventPayload;

/**
 * The court's judgment. A sentence below the statutory minimum is recorded as the court gave it
 * and flagged ({@code belowStatutoryMinimum}), per Republic v Mwangi [2024] KESC 34.
 */
public record JudgmentDelivered(
        String odppFileNumber,
        String courtCaseNumber,
        LocalDate deliveredOn,
        Verdict verdict,
        Sentence sentence,
        Sentence statutoryMinimum,
        boolean belowStatutoryMinimum) implements EventPayload {

    public enum Verdict {
        CONVICTED,
        ACQUITTED,
        DISCHARGED
    }

    /** A custodial sentence: {@code life} or a number of years. */
    public record Sentence(boolean life, Integer years) {}
}
