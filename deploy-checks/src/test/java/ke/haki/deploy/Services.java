package ke.haki.deploy;

import java.util.List;
import java.util.Set;

import ke.haki.contract.Topics;

/**
 * What each service needs from Kafka: the table the KafkaUsers must match exactly. It is checked
 * against each service's application.properties (incoming topics, group ids, dead-letter topics)
 * by {@link KafkaUsersTest}, so neither can drift alone.
 */
final class Services {

    record Group(String name, String patternType) {}

    record Service(String name, String database, Set<String> consumes, Set<String> produces, Group group) {
        String dir() {
            return name;
        }
    }

    static final Service POLICE_INTAKE = new Service("police-intake-service", "police-intake-db",
            Set.of(Topics.ODPP_CASE_EVENTS),
            Set.of(Topics.NPS_CASE_EVENTS, Topics.POLICE_INTAKE_DLQ),
            new Group("police-intake-service", "literal"));

    static final Service PROSECUTION = new Service("prosecution-service", "prosecution-db",
            Set.of(Topics.NPS_CASE_EVENTS),
            Set.of(Topics.ODPP_CASE_EVENTS, Topics.PROSECUTION_DLQ),
            new Group("prosecution-service", "literal"));

    /** The projection rebuild reads both topics from the beginning: groups by the prefix. */
    static final Service MONITORING = new Service("monitoring-service", "monitoring-db",
            Set.of(Topics.NPS_CASE_EVENTS, Topics.ODPP_CASE_EVENTS),
            Set.of(Topics.NGEC_CASE_ALERTS, Topics.MONITORING_DLQ),
            new Group("monitoring-service", "prefix"));

    static final List<Service> ALL = List.of(POLICE_INTAKE, PROSECUTION, MONITORING);

    private Services() {}
}
