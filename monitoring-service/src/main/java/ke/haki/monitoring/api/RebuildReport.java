package ke.haki.monitoring.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a projection rebuild read and applied")
public record RebuildReport(
        @Schema(example = "1840") long recordsRead,
        @Schema(example = "1838") long eventsApplied,
        @Schema(description = "Records that are not valid events (they went to the dead-letter topic live)", example = "2") long recordsSkipped,
        @Schema(example = "212") long cases,
        @Schema(example = "1450") long millis) {}
