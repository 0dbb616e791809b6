package ke.haki.prosecution.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.contract.odpp.ChargeDeclined.DeclineReason;

@Schema(description = "A decision not to charge, with its reason. The case ends without a court outcome and the NGEC follows it up.")
public record DeclineRequest(
        @NotNull @Schema(examples = "INSUFFICIENT_EVIDENCE") DeclineReason reason,
        @NotNull @Schema(examples = "false") Boolean evidentialTestMet,
        @NotNull @Schema(examples = "true") Boolean publicInterestTestMet,
        @Size(max = 2000) @Schema(examples = "No medical evidence and the only witness recanted") String note) {}
