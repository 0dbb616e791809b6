package ke.haki.police.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ResubmissionRequest(
        @Min(0) @Max(100) @Schema(description = "How many of ODPP's directions were answered", examples = "2") int directionsAnswered,
        @Size(max = 2000) @Schema(description = "Stays with the police (shown on the case's timeline); never published") String note) {}
