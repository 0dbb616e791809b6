package ke.haki.contract.odpp;

import java.time.LocalDate;

import ke.haki.contract.EventPayload;

/** The appellate court decided the appeal. */
public record AppealDecided(String courtCaseNumber, AppealOutcome outcome, LocalDate decidedOn) implements EventPayload {

    public enum AppealOutcome {
        DISMISSED,
        ALLOWED_CONVICTION_QUASHED,
        SENTENCE_VARIED,
        RETRIAL_ORDERED
    }
}
