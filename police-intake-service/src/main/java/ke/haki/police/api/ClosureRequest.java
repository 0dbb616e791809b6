package ke.haki.police.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.police.domain.ClosureRequestReason;

@Schema(description = "A request to close the file. Withdrawal, mediation, reconciliation and any settlement are refused for defilement cases.")
public record ClosureRequest(
        @NotNull @Schema(examples = "SUSPECT_DECEASED") ClosureRequestReason reason,
        @Size(max = 2000) @Schema(description = "Stays with the police (shown on the case's timeline); never published") String note) {}
