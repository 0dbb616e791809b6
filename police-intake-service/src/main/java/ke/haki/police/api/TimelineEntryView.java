package ke.haki.police.api;

import java.time.Instant;
import java.util.UUID;

public record TimelineEntryView(UUID eventId, String eventType, String agency, Instant occurredAt, String summary) {}
