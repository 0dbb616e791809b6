package ke.haki.contract;

import java.util.Map;
import java.util.Optional;

/**
 * Whether a consumed event may be what it says it is: its type belongs to the agency that produces
 * on the topic it arrived on, it names that agency as its acting unit, and its CloudEvents headers
 * ({@code ce_type}, {@code ce_source}, {@code ce_id}) agree with its body. An event that fails is
 * not applied: consumers send it to their dead-letter topic with the reason. Kafka ACLs let each
 * service write only its own topic, so this stops one service's credentials from forging another
 * agency's events.
 */
public final class Provenance {

    private Provenance() {}

    /** @return the reason the event is not trusted, or empty when it is */
    public static Optional<String> problem(String topic, Map<String, String> headers, CaseEvent event) {
        EventType type = event.type();
        if (!type.topic().equals(topic)) {
            return Optional.of("event type " + type.typeName() + " is published by " + type.producer()
                    + " on " + type.topic() + ", not on " + topic);
        }
        if (event.actingUnit().agency() != type.producer()) {
            return Optional.of("event type " + type.typeName() + " is produced by " + type.producer()
                    + ", but its acting unit is of " + event.actingUnit().agency());
        }
        String source = headers.get(CloudEventHeaders.SOURCE);
        String expected = CloudEventHeaders.source(event.actingUnit());
        if (!expected.equals(source)) {
            return Optional.of("ce_source " + (source == null ? "is missing" : "'" + source + "'")
                    + " but the event's acting unit is " + expected);
        }
        String ceType = headers.get(CloudEventHeaders.TYPE);
        if (ceType != null && !ceType.equals(type.typeName())) {
            return Optional.of("ce_type '" + ceType + "' is not the event's type " + type.typeName());
        }
        String ceId = headers.get(CloudEventHeaders.ID);
        if (ceId != null && !ceId.equals(event.eventId().toString())) {
            return Optional.of("ce_id " + ceId + " is not the event's id " + event.eventId());
        }
        return Optional.empty();
    }
}
