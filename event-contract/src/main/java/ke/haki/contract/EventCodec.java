package ke.haki.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads and writes the JSON of a {@link CaseEvent}: the Kafka record value (CloudEvents "data" in
 * binary mode). Unknown fields are ignored on read so that consumers survive additive changes.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private EventCodec() {}

    public static String toJson(CaseEvent event) {
        try {
            return MAPPER.writeValueAsString(toTree(event));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode toTree(CaseEvent event) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("eventId", event.eventId().toString());
        root.put("type", event.type().typeName());
        root.put("caseId", event.caseId());
        root.put("sequence", event.sequence());
        root.put("occurredAt", event.occurredAt().toString());
        root.set("actingUnit", MAPPER.valueToTree(event.actingUnit()));
        root.set("payload", MAPPER.valueToTree(event.payload()));
        return root;
    }

    /**
     * Parses an event.
     *
     * @throws MalformedEventException when the JSON is not a valid event of a known type
     */
    public static CaseEvent fromJson(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new MalformedEventException("not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedEventException("an event is a JSON object");
        }
        String typeName = text(root, "type");
        EventType type = EventType.byName(typeName)
                .orElseThrow(() -> new MalformedEventException("unknown event type " + typeName));
        try {
            return new CaseEvent(
                    UUID.fromString(text(root, "eventId")),
                    type,
                    text(root, "caseId"),
                    required(root, "sequence").asLong(),
                    Instant.parse(text(root, "occurredAt")),
                    MAPPER.treeToValue(required(root, "actingUnit"), ActingUnit.class),
                    MAPPER.treeToValue(required(root, "payload"), type.payloadClass()));
        } catch (IOException | RuntimeException e) {
            if (e instanceof MalformedEventException m) {
                throw m;
            }
            throw new MalformedEventException("invalid " + typeName + ": " + e.getMessage(), e);
        }
    }

    /** The shared mapper configuration, for tests and tools that read event JSON. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static JsonNode required(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new MalformedEventException("missing " + field);
        }
        return node;
    }

    private static String text(JsonNode root, String field) {
        return required(root, field).asText();
    }

    /** An event that cannot be read: it goes to a dead-letter topic with this message. */
    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }

        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
