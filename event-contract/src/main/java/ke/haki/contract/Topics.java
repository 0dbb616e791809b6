package ke.haki.contract;

import java.util.List;

/** The Kafka topics of the contract. Names carry the major version of what flows on them. */
public final class Topics {
    /** Events of the National Police Service (police-intake-service). */
    public static final String NPS_CASE_EVENTS = "nps.case-events.v1";
    /** Events of the Office of the Director of Public Prosecutions (prosecution-service). */
    public static final String ODPP_CASE_EVENTS = "odpp.case-events.v1";
    /** Alerts of the National Gender and Equality Commission (monitoring-service). */
    public static final String NGEC_CASE_ALERTS = "ngec.case-alerts.v1";

    public static final String POLICE_INTAKE_DLQ = "police-intake.dlq.v1";
    public static final String PROSECUTION_DLQ = "prosecution.dlq.v1";
    public static final String MONITORING_DLQ = "monitoring.dlq.v1";

    /** Every topic, with its partition count for a local or test broker. */
    public static final List<TopicSpec> ALL = List.of(
            new TopicSpec(NPS_CASE_EVENTS, 3),
            new TopicSpec(ODPP_CASE_EVENTS, 3),
            new TopicSpec(NGEC_CASE_ALERTS, 3),
            new TopicSpec(POLICE_INTAKE_DLQ, 1),
            new TopicSpec(PROSECUTION_DLQ, 1),
            new TopicSpec(MONITORING_DLQ, 1));

    public record TopicSpec(String name, int partitions) {}

    private Topics() {}
}
