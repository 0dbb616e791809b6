package ke.haki.kit.inbox;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.EventCodec;
import ke.haki.contract.Provenance;

/**
 * Reads a consumed record as an event only if it may be trusted: valid JSON of a known type, keyed
 * by its case id, and of good provenance ({@link Provenance}: type, topic, acting unit and
 * {@code ce_source} agree). Every path that applies events from a topic (the live consumers and
 * the monitor's rebuild) reads through here, so a forged event is refused the same way everywhere.
 */
public final class TrustedEvents {

    private TrustedEvents() {}

    /**
     * @throws EventCodec.MalformedEventException if the record is not a valid event
     * @throws EventRejectedException if its key or provenance does not fit the event
     */
    public static CaseEvent read(ConsumerRecord<String, String> record) {
        CaseEvent event = EventCodec.fromJson(record.value());
        if (record.key() != null && !record.key().equals(event.caseId())) {
            throw new EventCodec.MalformedEventException(
                    "record key " + record.key() + " is not the event's case id " + event.caseId());
        }
        Map<String, String> headers = new HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8)));
        Provenance.problem(record.topic(), headers, event).ifPresent(reason -> {
            throw new EventRejectedException("untrusted event " + event.eventId() + ": " + reason);
        });
        return event;
    }
}
