package ke.haki.monitoring.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Close the alert, saying what was done")
public record ResolveRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "ODPP confirmed the charging decision is scheduled for 2 May") String note) {}
