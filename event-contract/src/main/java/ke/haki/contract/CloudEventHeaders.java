package ke.haki.contract;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CloudEvents 1.0 Kafka protocol binding in binary mode: the attributes travel as
 * {@code ce_*} record headers and the record value is the event JSON. The record key is the case id.
 * {@code ce_sequence} is zero-padded to {@value #SEQUENCE_DIGITS} digits so it sorts as text as it does
 * as a number; {@code ce_dataschema} is the URL at which the producing service serves the type's JSON
 * Schema ({@code /asyncapi/schemas/<type>.schema.json}).
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
    /** Digits of {@code ce_sequence}: every positive {@code long} fits. */
    public static final int SEQUENCE_DIGITS = 19;
    /** Where each service serves the schemas, relative to its root. */
    public static final String SCHEMA_PATH = "/asyncapi/schemas/";
    /** The schema base of the local stack's police service (every service serves every schema); for tests. */
    public static final URI LOCAL_SCHEMA_BASE = URI.create("http://localhost:8081" + SCHEMA_PATH);

    private CloudEventHeaders() {}

    /** The headers of an event as the local stack would send them ({@link #LOCAL_SCHEMA_BASE}). */
    public static Map<String, String> of(CaseEvent event) {
        return of(event, LOCAL_SCHEMA_BASE);
    }

    /**
     * The headers of an event, in a stable order. Nothing in them identifies the child.
     *
     * @param schemaBase where the producing service serves the schemas, e.g. {@code https://nps.example/asyncapi/schemas/}
     */
    public static Map<String, String> of(CaseEvent event, URI schemaBase) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, "1.0");
        headers.put(ID, event.eventId().toString());
        headers.put(SOURCE, source(event.actingUnit()));
        headers.put(TYPE, event.type().typeName());
        headers.put(SUBJECT, event.caseId());
        headers.put(TIME, event.occurredAt().toString());
        headers.put(SEQUENCE, sequence(event.sequence()));
        headers.put(DATA_SCHEMA, dataSchema(schemaBase, event.type()));
        headers.put(CONTENT_TYPE, "application/json");
        return headers;
    }

    /** {@code ce_sequence} of a sequence number: zero-padded, so text order is number order. */
    public static String sequence(long sequence) {
        return String.format("%0" + SEQUENCE_DIGITS + "d", sequence);
    }

    /**
     * The sequence number in a {@code ce_sequence} header, zero-padded or not: records published
     * before 1.1 carry it unpadded ({@code "7"}), and consumers keep reading them.
     *
     * @throws NumberFormatException if the header is not a number
     */
    public static long parseSequence(String header) {
        return Long.parseLong(header.strip());
    }

    /** {@code ce_dataschema} of a type: its schema's URL under the producer's schema base. */
    public static String dataSchema(URI schemaBase, EventType type) {
        String base = schemaBase.toString();
        return (base.endsWith("/") ? base : base + "/") + type.typeName() + ".schema.json";
    }

    /** The CloudEvents source of a unit, e.g. {@code urn:haki:nps:NRB-KILIMANI}. */
    public static String source(ActingUnit unit) {
        return "urn:haki:" + unit.agency().name().toLowerCase() + ":" + unit.unitCode();
    }
}
