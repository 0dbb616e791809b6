package ke.haki.police.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.contract.nps.InvestigationUpdated.InvestigationStep;

public record InvestigationUpdateRequest(
        @NotNull @Schema(examples = "WITNESS_INTERVIEWED") InvestigationStep step,
        @Size(max = 2000) @Schema(description = "Stays with the police; never published") String note) {}
