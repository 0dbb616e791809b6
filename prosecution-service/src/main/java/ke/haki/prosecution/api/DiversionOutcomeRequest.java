package ke.haki.prosecution.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.contract.odpp.DiversionConcluded.DiversionOutcome;

@Schema(description = "How a child accused's diversion ended: COMPLETED ends the case; FAILED resumes the prosecution "
        + "where it stood")
public record DiversionOutcomeRequest(
        @NotNull @Schema(examples = "COMPLETED") DiversionOutcome outcome,
        @NotNull @Schema(examples = "2026-11-04") LocalDate concludedOn,
        @NotBlank @Size(max = 300) @Schema(description = "What the supervising officer reported",
                examples = "Programme and conditions completed; report of the children officer of 3 November 2026")
        String reason) {}
