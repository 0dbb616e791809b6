package ke.haki.e2e;

import static ke.haki.e2e.Agencies.as;
import static ke.haki.e2e.Agencies.ngec;
import static ke.haki.e2e.Agencies.odpp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.Topics;
import ke.haki.testsupport.ServiceProcess;
import ke.haki.testsupport.TopicReader;

/**
 * Two instances of every service against the same databases and topics, as two pods of each
 * Deployment would run: both outbox relays poll the same outbox, both consumers share each group's
 * partitions, both monitors sweep every second. Cases are written through both police instances;
 * then the second instance of each service is killed (SIGKILL, no goodbye to the broker) while more
 * cases arrive. No event may be published twice but one in flight at the kill (ADR 0001), every
 * event must reach its consumers once, every alert be raised once, and the survivors
 * must take over the killed instances' partitions with nothing lost.
 */
class TwoReplicasE2ETest {

    private static final String[] MODULES = {"police-intake-service", "prosecution-service", "monitoring-service"};
    /** The consumer groups and how many consumers (channels) one instance of the service has in each. */
    private static final Map<String, Integer> GROUPS = Map.of(
            "police-intake-service", 1, "prosecution-service", 1, "monitoring-service", 2);
    private static final int CASES_BEFORE_KILL = 6;
    private static final int CASES_AFTER_KILL = 4;
    /** The police events of a referred case: reported, victim, suspect, medical evidence, referral. */
    private static final int POLICE_EVENTS_PER_CASE = 5;

    /** haki.outbox.send-timeout: the longest a relay waits for the broker's acknowledgement of a batch. */
    private static final Duration RELAY_SEND_TIMEOUT = Duration.ofSeconds(15);

    private static final List<ServiceProcess> replicas = new ArrayList<>();
    private static Instant killedAt;
    private static Instant killedBy;
    private static Admin admin;

    @BeforeAll
    static void twoOfEach() {
        Stack stack = Stack.get();
        Path logs = Path.of("target/e2e-logs/replica-2");
        List<CompletableFuture<ServiceProcess>> starting = new ArrayList<>();
        for (String module : MODULES) {
            starting.add(CompletableFuture.supplyAsync(() -> stack.startReplica(module, logs)));
        }
        starting.forEach(f -> replicas.add(f.join()));
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka.bootstrapServers());
        admin = Admin.create(props);
    }

    @AfterAll
    static void stopReplicas() {
        replicas.forEach(ServiceProcess::close);
        if (admin != null) {
            admin.close();
        }
    }

    @Test
    void eachEventIsPublishedOnceEachAlertRaisedOnceAndAKilledInstancesPartitionsAreTakenOver() throws Exception {
        ServiceProcess police2 = replicas.get(0);
        // both instances of each service own partitions before anything is written
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                GROUPS.forEach((group, perInstance) -> assertThat(membersWithPartitions(group))
                        .as("consumers of %s with partitions", group).isEqualTo(2 * perInstance)));

        List<String> cases = new ArrayList<>();
        String[] intake = {Agencies.police(), police2.url()};
        for (int i = 0; i < CASES_BEFORE_KILL; i++) {
            cases.add(Agencies.referredNairobiCase(intake[i % 2]));
        }
        // the second instance of every service dies at once, in the middle of the flow
        killedAt = Instant.now();
        replicas.forEach(ServiceProcess::kill);
        killedBy = Instant.now();
        for (int i = 0; i < CASES_AFTER_KILL; i++) {
            cases.add(Agencies.referredNairobiCase(Agencies.police()));
        }

        // the survivors take every partition over (after the broker's session timeout) ...
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                GROUPS.forEach((group, perInstance) -> assertThat(membersWithPartitions(group))
                        .as("consumers of %s with partitions after the kill", group).isEqualTo(perInstance)));
        // ... and nothing is lost: ODPP opened every file, the monitor follows every case
        for (String caseId : cases) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                    as("prosecutor.nairobi").get(odpp() + "/api/v1/files/{id}", caseId).statusCode() == 200);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(timeline(caseId)).filteredOn(t -> t.startsWith("ke.nps.") || t.startsWith("ke.odpp."))
                            .as("the agencies' events in the monitor's timeline of %s", caseId)
                            .hasSize(POLICE_EVENTS_PER_CASE + 1).contains("ke.odpp.referral.received.v1"));
        }
        // every case goes quiet after the referral, swept by two monitors until one was killed: one alert each
        for (String caseId : cases) {
            await().atMost(Duration.ofSeconds(MonitoringClock.QUIET_AFTER_REFERRAL_SECONDS + 60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> Agencies.openAlertTypes(caseId).contains("CASE_QUIET"));
        }

        String bootstrap = Stack.get().kafka.bootstrapServers();
        try (TopicReader nps = new TopicReader(bootstrap, Topics.NPS_CASE_EVENTS);
                TopicReader odppTopic = new TopicReader(bootstrap, Topics.ODPP_CASE_EVENTS);
                TopicReader alerts = new TopicReader(bootstrap, Topics.NGEC_CASE_ALERTS)) {
            List<ConsumerRecord<String, String>> police = nps.drain();
            List<ConsumerRecord<String, String>> prosecution = odppTopic.drain();
            List<ConsumerRecord<String, String>> raised = alerts.drain();
            for (String caseId : cases) {
                List<ConsumerRecord<String, String>> ofCase = police.stream().filter(r -> caseId.equals(r.key())).toList();
                // Two live relays never publish an event twice (one relay at a time). Only a kill
                // between the broker's acknowledgement and the marking of the rows leaves them to
                // be sent again by the survivor (ADR 0001): a repeat must be of an event first sent
                // in the kill's window (the relay's send timeout before it), sent again after it,
                // and be the same event. The first copies are each event once, in order, and the
                // consumers act once (ODPP's single receipt and the timeline's size).
                assertThat(firstCopies(ofCase))
                        .extracting(r -> CloudEventHeaders.parseSequence(TopicReader.header(r, CloudEventHeaders.SEQUENCE)))
                        .as("the police events of %s, each event once and in order", caseId)
                        .containsExactly(1L, 2L, 3L, 4L, 5L);
                assertRepeatsAreTheSameEvent(ofCase, caseId);
                List<ConsumerRecord<String, String>> odppOfCase = prosecution.stream().filter(r -> caseId.equals(r.key())).toList();
                assertThat(firstCopies(odppOfCase)).extracting(r -> TopicReader.header(r, CloudEventHeaders.TYPE))
                        .as("ODPP received the referral of %s once", caseId)
                        .containsExactly("ke.odpp.referral.received.v1");
                assertRepeatsAreTheSameEvent(odppOfCase, caseId);

                List<Map<String, Object>> caseAlerts = Agencies.alerts(caseId);
                List<Map<String, Object>> quiet = caseAlerts.stream().filter(a -> "CASE_QUIET".equals(a.get("type"))).toList();
                // one alert per breach (a quiet period has its own due time): two sweeping monitors
                // never raise the same one twice. A progress event that reaches the monitor after
                // the quiet limit (here: ODPP's receipt, delayed by the takeover) clears the alert
                // and the quiet period counted from it is a new breach, so a case may have two.
                assertThat(quiet).extracting(a -> a.get("dueAt")).as("CASE_QUIET breaches of %s", caseId)
                        .isNotEmpty().doesNotHaveDuplicates();
                assertThat(quiet).filteredOn(a -> "OPEN".equals(a.get("status")))
                        .as("open CASE_QUIET alerts of %s", caseId).hasSize(1);
                List<ConsumerRecord<String, String>> alertEvents = raised.stream()
                        .filter(r -> caseId.equals(r.key()))
                        .filter(r -> "ke.ngec.alert.raised.v1".equals(TopicReader.header(r, CloudEventHeaders.TYPE)))
                        .toList();
                assertThat(firstCopies(alertEvents)).as("alert.raised events of %s, one per alert", caseId)
                        .hasSize(caseAlerts.size());
                assertRepeatsAreTheSameEvent(alertEvents, caseId);
            }
        }
    }

    private static List<String> timeline(String caseId) {
        return as("monitor.ngec").get(ngec() + "/api/v1/cases/{id}/timeline", caseId).then().statusCode(200)
                .extract().path("eventType");
    }

    /** The records in topic order, each event id kept at its first appearance only. */
    private static List<ConsumerRecord<String, String>> firstCopies(List<ConsumerRecord<String, String>> records) {
        Map<String, ConsumerRecord<String, String>> first = new LinkedHashMap<>();
        records.forEach(r -> first.putIfAbsent(TopicReader.header(r, CloudEventHeaders.ID), r));
        return new ArrayList<>(first.values());
    }

    /**
     * A record sent again is of an event that was in flight when the instances were killed (first
     * sent at most the relay's send timeout before the kill, sent again after it) and carries the
     * very event of its first copy, byte for byte.
     */
    private static void assertRepeatsAreTheSameEvent(List<ConsumerRecord<String, String>> records, String caseId) {
        Map<String, ConsumerRecord<String, String>> first = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            ConsumerRecord<String, String> original = first.putIfAbsent(TopicReader.header(r, CloudEventHeaders.ID), r);
            if (original != null) {
                assertThat(Instant.ofEpochMilli(original.timestamp()))
                        .as("first copy of repeated event %s of %s: sent while the killed instance lived, in its last send window",
                                TopicReader.header(r, CloudEventHeaders.ID), caseId)
                        .isBetween(killedAt.minus(RELAY_SEND_TIMEOUT).minusSeconds(1), killedBy.plusSeconds(1));
                assertThat(Instant.ofEpochMilli(r.timestamp())).as("the repeat is sent by the survivor, after the kill")
                        .isAfterOrEqualTo(killedAt.minusSeconds(1));
                assertThat(r.value()).as("a repeat of event %s of %s", TopicReader.header(r, CloudEventHeaders.ID), caseId)
                        .isEqualTo(original.value());
                assertThat(TopicReader.header(r, CloudEventHeaders.SEQUENCE))
                        .isEqualTo(TopicReader.header(original, CloudEventHeaders.SEQUENCE));
            }
        }
    }

    /** How many members of a consumer group own at least one partition now. */
    private static int membersWithPartitions(String group) {
        ConsumerGroupDescription description;
        try {
            description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe consumer group " + group, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        int owning = 0;
        for (MemberDescription member : description.members()) {
            if (!member.assignment().topicPartitions().isEmpty()) {
                owning++;
            }
        }
        return owning;
    }
}
