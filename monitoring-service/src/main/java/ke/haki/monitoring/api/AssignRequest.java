package ke.haki.monitoring.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Give the alert to a monitor's account for follow-up")
public record AssignRequest(
        @NotBlank @Size(max = 200) @Schema(example = "monitor.kisii") String assignee,
        @Size(max = 2000) @Schema(example = "Please follow up with the ODPP Kisii office") String note) {}
