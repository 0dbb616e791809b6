package ke.haki.prosecution.api;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.contract.odpp.JudgmentDelivered.Verdict;

@Schema(description = "The trial court's judgment. A conviction needs the sentence as the court gave it; "
        + "it is compared with the statutory minimum and flagged when below it.")
public record JudgmentRequest(
        @NotNull @Schema(examples = "CONVICTED") Verdict verdict,
        @NotNull @Schema(examples = "2026-07-01") LocalDate deliveredOn,
        @Valid @Schema(description = "Required for a conviction, absent otherwise") SentenceRequest sentence) {}
