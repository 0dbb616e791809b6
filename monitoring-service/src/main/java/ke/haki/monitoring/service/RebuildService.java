package ke.haki.monitoring.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Properties;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;

import ke.haki.kit.inbox.TrustedEvents;
import ke.haki.kit.messaging.KafkaClientSettings;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.Topics;
import ke.haki.monitoring.api.RebuildReport;
import ke.haki.monitoring.repository.MonitoredCaseEntity;
import ke.haki.monitoring.repository.MonitoredCaseRepository;
import ke.haki.monitoring.repository.TimerStore;

/**
 * Rebuilds the projection from the topics: reads both agency topics from the beginning with a
 * consumer of its own (no group, no committed offsets), up to their end when the rebuild started,
 * then wipes the projection and applies every event in one transaction that holds the projection
 * lock exclusively (live consumers wait). Alerts and their history are the NGEC's own records and
 * stay; a sweep right after marks the breaches they already cover, and raises only what is new.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);

    @Inject
    KafkaClientSettings kafka;

    @Inject
    ProjectionService projection;

    @Inject
    MonitoredCaseRepository cases;

    @Inject
    TimerStore timers;

    @Inject
    DeadlineSweep sweep;

    @Inject
    EntityManager em;

    public synchronized RebuildReport rebuild() {
        long started = System.nanoTime();
        Map<TopicPartition, List<Consumed>> byPartition = new HashMap<>();
        long read = readAll(byPartition);
        List<CaseEvent> events = merge(byPartition);
        long[] applied = new long[1];
        long caseCount = QuarkusTransaction.requiringNew().timeout(3600).call(() -> {
            projection.lockExclusive();
            timers.wipeProjection();
            for (CaseEvent event : events) {
                if (projection.apply(event).isPresent()) {
                    applied[0]++;
                }
                if (applied[0] % 500 == 0) {
                    em.flush();
                    em.clear();
                }
            }
            em.flush();
            em.clear();
            timers.markAlertedFromExistingAlerts();
            for (MonitoredCaseEntity c : cases.listAll()) {
                projection.refreshDeadline(c);
            }
            return cases.count();
        });
        sweep.sweep();
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        LOG.infof("projection rebuilt: %d records read, %d events applied, %d cases, %d ms", read, applied[0],
                caseCount, millis);
        return new RebuildReport(read, applied[0], read - events.size(), caseCount, millis);
    }

    /** An event with the time the broker's record carries (when it was published). */
    record Consumed(long timestamp, CaseEvent event) {}

    /**
     * Each partition's events in their offset order (the order the live consumer saw them, which
     * keeps each case's order per producer); across partitions and topics, the one published first
     * (the record timestamp), as the live consumers met them.
     */
    static List<CaseEvent> merge(Map<TopicPartition, List<Consumed>> byPartition) {
        record Head(Iterator<Consumed> rest, Consumed consumed) {}
        PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparingLong((Head h) -> h.consumed().timestamp())
                .thenComparing(h -> h.consumed().event().occurredAt()));
        for (List<Consumed> events : byPartition.values()) {
            Iterator<Consumed> it = events.iterator();
            if (it.hasNext()) {
                heads.add(new Head(it, it.next()));
            }
        }
        List<CaseEvent> merged = new ArrayList<>();
        while (!heads.isEmpty()) {
            Head head = heads.poll();
            merged.add(head.consumed().event());
            if (head.rest().hasNext()) {
                heads.add(new Head(head.rest(), head.rest().next()));
            }
        }
        return merged;
    }

    private long readAll(Map<TopicPartition, List<Consumed>> events) {
        Properties props = kafka.connection();
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "monitoring-rebuild-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        long read = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.NPS_CASE_EVENTS, Topics.ODPP_CASE_EVENTS)) {
                for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                    partitions.add(new TopicPartition(p.topic(), p.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            while (!reachedEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the topics could not be read to their end in 30 minutes");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    read++;
                    try {
                        events.computeIfAbsent(new TopicPartition(record.topic(), record.partition()),
                                k -> new ArrayList<>()).add(new Consumed(record.timestamp(), TrustedEvents.read(record)));
                    } catch (RuntimeException e) {
                        LOG.debugf("rebuild skips %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                                e.getMessage());
                    }
                }
            }
        }
        return read;
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
