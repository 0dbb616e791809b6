package ke.haki.prosecution.api;

import java.time.Instant;
import java.util.UUID;

public record TimelineEntryView(UUID eventId, String eventType, String agency, Instant occurredAt, String summary) {}
