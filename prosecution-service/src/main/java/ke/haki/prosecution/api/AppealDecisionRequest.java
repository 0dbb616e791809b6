package ke.haki.prosecution.api;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.contract.odpp.AppealDecided.AppealOutcome;

@Schema(description = "The appellate court's decision")
public record AppealDecisionRequest(
        @NotNull @Schema(examples = "DISMISSED") AppealOutcome outcome,
        @NotNull @Schema(examples = "2026-11-02") LocalDate decidedOn,
        @Valid @Schema(description = "The new sentence: required when the outcome is SENTENCE_VARIED, absent otherwise; "
                + "checked against the statutory minimum again") SentenceRequest variedSentence) {

    public AppealDecisionRequest(AppealOutcome outcome, LocalDate decidedOn) {
        this(outcome, decidedOn, null);
    }
}
