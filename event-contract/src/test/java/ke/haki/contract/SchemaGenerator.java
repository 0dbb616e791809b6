package ke.haki.contract;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Derives the JSON Schema (2020-12) of each event type from its records: the envelope every event
 * shares, and the type's payload. Primitive fields are required and non-null; reference fields
 * are present and may be null; a field marked {@link Since} (added after the type's release) is
 * optional. Used to keep the committed schemas equal to the code.
 */
final class SchemaGenerator {

    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final ObjectMapper MAPPER = EventCodec.mapper();

    private SchemaGenerator() {}

    static ObjectNode schemaOf(EventType type) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", DIALECT);
        root.put("$id", "urn:haki:schema:" + type.typeName());
        root.put("title", type.typeName());
        root.put("description", "Event " + type.typeName() + " published by " + type.producer() + " on topic "
                + type.topic() + ". Kafka key and CloudEvents subject: the case id.");
        root.put("type", "object");
        ObjectNode props = root.putObject("properties");
        props.putObject("eventId").put("type", "string").put("format", "uuid");
        props.putObject("type").put("const", type.typeName());
        props.putObject("caseId").put("type", "string").put("minLength", 1);
        props.putObject("sequence").put("type", "integer").put("minimum", 1);
        props.putObject("occurredAt").put("type", "string").put("format", "date-time");
        ObjectNode unit = props.putObject("actingUnit");
        unit.put("type", "object");
        ObjectNode unitProps = unit.putObject("properties");
        ArrayNode agencies = unitProps.putObject("agency").putArray("enum");
        Arrays.stream(Agency.values()).forEach(a -> agencies.add(a.name()));
        unitProps.putObject("unitCode").put("type", "string");
        unitProps.putObject("countyCode").putArray("type").add("string").add("null");
        unit.putArray("required").add("agency").add("unitCode");
        unit.put("additionalProperties", false);
        props.set("payload", recordSchema(type.payloadClass()));
        ArrayNode required = root.putArray("required");
        List.of("eventId", "type", "caseId", "sequence", "occurredAt", "actingUnit", "payload").forEach(required::add);
        root.put("additionalProperties", false);
        return root;
    }

    private static ObjectNode recordSchema(Class<?> recordClass) {
        ObjectNode schema = MAPPER.createObjectNode();
        schema.put("type", "object");
        ObjectNode props = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        for (RecordComponent c : recordClass.getRecordComponents()) {
            ObjectNode field = typeSchema(c.getGenericType(), !c.getType().isPrimitive());
            Since since = c.getAnnotation(Since.class);
            if (since == null) {
                required.add(c.getName());
            } else {
                field.put("description", "Added in contract version " + since.value()
                        + "; absent from events published before it.");
            }
            Withdrawn withdrawn = c.getAnnotation(Withdrawn.class);
            if (withdrawn != null) {
                field.put("description", "Withdrawn in contract version " + withdrawn.value()
                        + ": always null since (free text replaced by a code, ADR 0005); filled only in earlier events.");
            }
            props.set(c.getName(), field);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private static ObjectNode typeSchema(Type type, boolean nullable) {
        ObjectNode s = MAPPER.createObjectNode();
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            typed(s, "string", nullable);
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            typed(s, "integer", nullable);
        } else if (raw == boolean.class || raw == Boolean.class) {
            typed(s, "boolean", nullable);
        } else if (raw == Instant.class) {
            typed(s, "string", nullable).put("format", "date-time");
        } else if (raw == LocalDate.class) {
            typed(s, "string", nullable).put("format", "date");
        } else if (raw.isEnum()) {
            ArrayNode values = s.putArray("enum");
            Arrays.stream(raw.getEnumConstants()).forEach(v -> values.add(((Enum<?>) v).name()));
            if (nullable) {
                values.addNull();
            }
        } else if (List.class.isAssignableFrom(raw)) {
            typed(s, "array", nullable);
            s.set("items", typeSchema(((ParameterizedType) type).getActualTypeArguments()[0], false));
        } else if (raw.isRecord()) {
            ObjectNode inner = recordSchema(raw);
            if (nullable) {
                s.putArray("anyOf").add(inner).addObject().put("type", "null");
            } else {
                return inner;
            }
        } else {
            throw new IllegalArgumentException("no schema mapping for " + type);
        }
        return s;
    }

    private static ObjectNode typed(ObjectNode s, String type, boolean nullable) {
        if (nullable) {
            s.putArray("type").add(type).add("null");
        } else {
            s.put("type", type);
        }
        return s;
    }

    /** The AsyncAPI 3 document of every topic and message, derived from the catalogue. */
    static String asyncApi() {
        StringBuilder y = new StringBuilder();
        y.append("# Generated from ke.haki.contract.EventType by SchemaCatalogTest; do not edit by hand.\n");
        y.append("asyncapi: 3.0.0\n");
        y.append("info:\n  title: Haki case events\n  version: 1.0.0\n");
        y.append("  description: |\n");
        y.append("    Events of Kenyan defilement cases across police (NPS), prosecution (ODPP) and the NGEC monitor.\n");
        y.append("    CloudEvents 1.0 in Kafka binary mode: ce_* headers, JSON value, key = case id.\n");
        y.append("    Every event carries eventId, caseId, a per-case sequence number of its producer (1, 2, 3, ...\n");
        y.append("    without gaps), occurredAt and the acting unit. No event carries the child's identity.\n");
        y.append("defaultContentType: application/json\n");
        y.append("servers:\n  local:\n    host: 127.0.0.1:9092\n    protocol: kafka\n    description: deploy/local/stack\n");
        y.append("channels:\n");
        for (Agency agency : Agency.values()) {
            List<EventType> types = Arrays.stream(EventType.values()).filter(t -> t.producer() == agency).toList();
            String topic = types.get(0).topic();
            y.append("  ").append(channelId(topic)).append(":\n");
            y.append("    address: ").append(topic).append('\n');
            y.append("    description: Published by ").append(agency).append("; key = case id.\n");
            y.append("    messages:\n");
            for (EventType t : types) {
                y.append("      ").append(messageId(t)).append(":\n");
                y.append("        $ref: '#/components/messages/").append(messageId(t)).append("'\n");
            }
        }
        y.append("operations:\n");
        for (Agency agency : Agency.values()) {
            String topic = Arrays.stream(EventType.values()).filter(t -> t.producer() == agency).findFirst().orElseThrow().topic();
            y.append("  publish").append(capital(agency.name().toLowerCase())).append("Events:\n");
            y.append("    action: send\n");
            y.append("    channel:\n      $ref: '#/channels/").append(channelId(topic)).append("'\n");
        }
        y.append("components:\n  messages:\n");
        for (EventType t : EventType.values()) {
            y.append("    ").append(messageId(t)).append(":\n");
            y.append("      name: ").append(t.typeName()).append('\n');
            y.append("      contentType: application/json\n");
            y.append("      headers:\n        $ref: '#/components/schemas/CloudEventHeaders'\n");
            y.append("      payload:\n        $ref: './schemas/").append(t.typeName()).append(".schema.json'\n");
        }
        y.append("  schemas:\n    CloudEventHeaders:\n      type: object\n      required: [ce_specversion, ce_id, ce_source, ce_type, ce_subject, ce_time, ce_sequence]\n");
        y.append("      properties:\n");
        for (String h : List.of("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_subject", "ce_time",
                "ce_sequence", "ce_dataschema", "content-type", "traceparent")) {
            y.append("        ").append(h).append(":\n          type: string\n");
        }
        return y.toString();
    }

    /** The Markdown catalogue of every event type and its payload fields. */
    static String catalogue() {
        StringBuilder md = new StringBuilder();
        md.append("# Event catalogue\n\n");
        md.append("Generated from `ke.haki.contract.EventType` by `SchemaCatalogTest`; do not edit by hand. ");
        md.append("Every event also carries the envelope: `eventId`, `type`, `caseId`, `sequence`, `occurredAt`, ");
        md.append("`actingUnit` (see [events.md](events.md)).\n\n");
        md.append("| type | topic | payload fields | schema |\n| --- | --- | --- | --- |\n");
        for (EventType t : EventType.values()) {
            StringBuilder fields = new StringBuilder();
            for (RecordComponent c : t.payloadClass().getRecordComponents()) {
                if (fields.length() > 0) {
                    fields.append(", ");
                }
                fields.append('`').append(c.getName()).append('`');
            }
            md.append("| `").append(t.typeName()).append("` | `").append(t.topic()).append("` | ").append(fields)
                    .append(" | [schema](../event-contract/src/main/resources/META-INF/resources/asyncapi/schemas/")
                    .append(t.typeName()).append(".schema.json) |\n");
        }
        return md.toString();
    }

    static String messageId(EventType t) {
        StringBuilder sb = new StringBuilder();
        for (String part : t.name().toLowerCase().split("_")) {
            sb.append(capital(part));
        }
        return sb.toString();
    }

    private static String channelId(String topic) {
        return topic.replace('.', '-');
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
