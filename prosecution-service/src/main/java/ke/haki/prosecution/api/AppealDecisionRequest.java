package ke.haki.prosecution.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.contract.odpp.AppealDecided.AppealOutcome;

@Schema(description = "The appellate court's decision")
public record AppealDecisionRequest(
        @NotNull @Schema(examples = "DISMISSED") AppealOutcome outcome,
        @NotNull @Schema(examples = "2026-11-02") LocalDate decidedOn) {}
