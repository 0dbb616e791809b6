package ke.haki.monitoring.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A projection rebuild: a background job that builds a shadow projection from the topics, "
        + "switches to it atomically and catches up the tail")
public record RebuildJobView(
        @Schema(example = "3f0c2a4e-8d1b-4c7e-9a55-6b2d7e1f0a93") UUID rebuildId,
        @Schema(description = "RUNNING, SUCCEEDED or FAILED", example = "RUNNING") String state,
        @Schema(description = "What it is doing: SHADOW_BUILD (reading the topics into the shadow tables), "
                + "WAITING_FOR_LIVE (the live consumers have not yet reached where the rebuild began), SWITCH "
                + "(catching up the tail and switching), DONE", example = "SHADOW_BUILD") String phase,
        @Schema(example = "admin.ngec") String requestedBy,
        @Schema(description = "Records read from nps.case-events.v1 and odpp.case-events.v1", example = "240512") long recordsRead,
        @Schema(description = "Events applied to the shadow projection", example = "240498") long eventsApplied,
        @Schema(description = "Records that are not valid, trusted events (they went to the dead-letter topic live)", example = "14") long recordsSkipped,
        @Schema(description = "Events of the tail (published while the rebuild ran) applied at the switch", example = "311") long tailEvents,
        @Schema(description = "Records read per second so far", example = "2450.5") double eventsPerSecond,
        @Schema(description = "Cases in the projection after the switch", example = "118004") Long cases,
        @Schema(example = "2026-12-01T18:02:11Z") Instant startedAt,
        @Schema(description = "Absent while it runs", example = "2026-12-01T18:03:49Z") Instant finishedAt,
        @Schema(description = "Why it failed (the live projection is unchanged then)") String failure) {}
