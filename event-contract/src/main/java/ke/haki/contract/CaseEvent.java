package ke.haki.contract;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event of a case, as it travels on a topic. The envelope fields are the same for every type:
 * the event id (also the CloudEvents id), the cross-agency case id (also the Kafka key and the
 * CloudEvents subject), the producer's per-case sequence number (1, 2, 3, ... with no gaps, so a
 * consumer can detect a lost or withheld event), when it happened, and the unit that acted.
 *
 * <p>Victim identity never appears in an event: payloads carry a pseudonym, age and age band.
 */
public record CaseEvent(
        UUID eventId,
        EventType type,
        String caseId,
        long sequence,
        Instant occurredAt,
        ActingUnit actingUnit,
        EventPayload payload) {

    public CaseEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actingUnit, "actingUnit");
        Objects.requireNonNull(payload, "payload");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
        if (!type.payloadClass().isInstance(payload)) {
            throw new IllegalArgumentException(
                    type.typeName() + " carries " + type.payloadClass().getSimpleName()
                            + ", not " + payload.getClass().getSimpleName());
        }
    }

    /** An event whose type follows from the acting agency and the payload. */
    public static CaseEvent of(UUID eventId, String caseId, long sequence, Instant occurredAt,
            ActingUnit actingUnit, EventPayload payload) {
        return new CaseEvent(eventId, EventType.of(actingUnit.agency(), payload.getClass()), caseId,
                sequence, occurredAt, actingUnit, payload);
    }

    public String topic() {
        return type.topic();
    }

    public <P extends EventPayload> P payloadAs(Class<P> payloadType) {
        return payloadType.cast(payload);
    }
}
