package ke.haki.monitoring.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One event of a case's timeline: no identity, a one-line summary")
public record TimelineEntryView(
        UUID eventId,
        @Schema(example = "ke.nps.case.referred.v1") String eventType,
        @Schema(example = "NPS") String agency,
        @Schema(example = "NRB-KILIMANI") String unitCode,
        @Schema(example = "4") long sequence,
        Instant occurredAt,
        @Schema(example = "Referred to ODPP-NRB (referral 1, Defilement)") String summary) {}
