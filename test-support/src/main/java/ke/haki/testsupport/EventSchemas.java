package ke.haki.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.EventCodec;
import ke.haki.contract.EventType;
import ke.haki.contract.Minimised;

/** Checks a record a service really published against the committed JSON Schema of its type. */
public final class EventSchemas {

    private static final Map<EventType, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {}

    /** The schema violations of a record (empty when it conforms); an unknown ce_type is one. */
    public static List<String> violations(ConsumerRecord<String, String> record) {
        String typeName = TopicReader.header(record, CloudEventHeaders.TYPE);
        EventType type = EventType.byName(typeName).orElse(null);
        if (type == null) {
            return List.of("unknown ce_type " + typeName);
        }
        try {
            List<String> violations = new java.util.ArrayList<>(schema(type).validate(EventCodec.mapper().readTree(record.value()))
                    .stream().map(Object::toString).toList());
            if (violations.isEmpty()) {
                // no free text on any topic (ADR 0005): a withdrawn field is always null
                Minimised.withdrawnFilled(EventCodec.fromJson(record.value()).payload())
                        .forEach(f -> violations.add(type.typeName() + ": withdrawn free-text field " + f + " is filled"));
            }
            return violations;
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    private static JsonSchema schema(EventType type) {
        return SCHEMAS.computeIfAbsent(type, t -> {
            try (InputStream in = EventType.class.getResourceAsStream(t.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("no schema " + t.schemaResource());
                }
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
