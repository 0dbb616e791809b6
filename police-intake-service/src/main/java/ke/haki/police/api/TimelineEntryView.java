package ke.haki.police.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TimelineEntryView(UUID eventId, String eventType, String agency, Instant occurredAt, String summary,
        @Schema(description = "The note sent with this closure or re-submission, if any: kept by the police "
                + "(encrypted at rest), never published") String note) {}
