package ke.haki.contract;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CloudEvents 1.0 Kafka protocol binding in binary mode: the attributes travel as
 * {@code ce_*} record headers and the record value is the event JSON. The record key is the case id.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String SEQUENCE = "ce_sequence";
    public static final String DATA_SCHEMA = "ce_dataschema";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {}

    /** The headers of an event, in a stable order. Nothing in them identifies the child. */
    public static Map<String, String> of(CaseEvent event) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, "1.0");
        headers.put(ID, event.eventId().toString());
        headers.put(SOURCE, source(event.actingUnit()));
        headers.put(TYPE, event.type().typeName());
        headers.put(SUBJECT, event.caseId());
        headers.put(TIME, event.occurredAt().toString());
        headers.put(SEQUENCE, Long.toString(event.sequence()));
        headers.put(DATA_SCHEMA, "urn:haki:schema:" + event.type().typeName());
        headers.put(CONTENT_TYPE, "application/json");
        return headers;
    }

    /** The CloudEvents source of a unit, e.g. {@code urn:haki:nps:NRB-KILIMANI}. */
    public static String source(ActingUnit unit) {
        return "urn:haki:" + unit.agency().name().toLowerCase() + ":" + unit.unitCode();
    }
}
