package ke.haki.contract.odpp;

import java.time.LocalDate;

import ke.haki.contract.EventPayload;
import ke.haki.contract.Since;

/**
 * The appellate court decided the appeal. Since 1.1 an appeal that varies the sentence carries the
 * new sentence ({@code variedSentence}), which is checked against the minimum again.
 */
public record AppealDecided(String courtCaseNumber, AppealOutcome outcome, LocalDate decidedOn,
        @Since("1.1") JudgmentDelivered.Sentence variedSentence) implements EventPayload {

    @Override
    public String summary() {
        return "Appeal decided: " + outcome
                + (variedSentence == null ? "" : ", new sentence " + variedSentence.imposed().describe());
    }

    public AppealDecided(String courtCaseNumber, AppealOutcome outcome, LocalDate decidedOn) {
        this(courtCaseNumber, outcome, decidedOn, null);
    }

    public enum AppealOutcome {
        DISMISSED,
        ALLOWED_CONVICTION_QUASHED,
        SENTENCE_VARIED,
        RETRIAL_ORDERED
    }
}
