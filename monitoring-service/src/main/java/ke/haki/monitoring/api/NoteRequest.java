package ke.haki.monitoring.api;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An optional note on an alert change")
public record NoteRequest(@Size(max = 2000) @Schema(example = "Raised with the County Commander") String note) {}
