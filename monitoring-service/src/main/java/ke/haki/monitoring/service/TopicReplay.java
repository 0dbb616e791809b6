package ke.haki.monitoring.service;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.Topics;
import ke.haki.kit.inbox.TrustedEvents;

/**
 * Both agency topics read from the beginning by a consumer of its own, handed out merged:
 * each partition in offset order (which keeps each case's order per producer), across
 * partitions and topics the one published first (the record timestamp), as the live consumers
 * met them. Records that are not trusted events are counted and skipped.
 */
final class TopicReplay implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);
    private static final List<String> TOPICS = List.of(Topics.NPS_CASE_EVENTS, Topics.ODPP_CASE_EVENTS);

    /** A trusted event with the time its record carries (when it was published) and its offset. */
    record Consumed(long timestamp, long offset, CaseEvent event) {}

    private static final int BUFFERED = 5000;
    private static final Comparator<Consumed> ORDER = Comparator.comparingLong(Consumed::timestamp)
            .thenComparing(c -> c.event().occurredAt());

    private final KafkaConsumer<String, String> consumer;
    private final List<TopicPartition> partitions = new ArrayList<>();
    private final Map<TopicPartition, ArrayDeque<Consumed>> buffers = new HashMap<>();
    /** Events handed out, and records skipped as not trusted events. */
    long read;
    long skipped;

    TopicReplay(Properties settings) {
        consumer = new KafkaConsumer<>(settings);
        for (String topic : TOPICS) {
            for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                TopicPartition tp = new TopicPartition(p.topic(), p.partition());
                partitions.add(tp);
                buffers.put(tp, new ArrayDeque<>());
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    Map<TopicPartition, Long> endOffsets() {
        return consumer.endOffsets(partitions, Duration.ofSeconds(30));
    }

    /** Up to {@code max} events below {@code end}, in merged order; empty when every partition reached it. */
    List<Consumed> next(int max, Map<TopicPartition, Long> end) {
        List<Consumed> out = new ArrayList<>();
        while (out.size() < max) {
            fill(end);
            TopicPartition first = null;
            for (TopicPartition tp : partitions) {
                Consumed head = buffers.get(tp).peek();
                if (head != null && head.offset() < end.get(tp)
                        && (first == null || ORDER.compare(head, buffers.get(first).peek()) < 0)) {
                    first = tp;
                }
            }
            if (first == null) {
                break;
            }
            out.add(buffers.get(first).poll());
            read++;
        }
        return out;
    }

    /** Polls until every partition that has records left below {@code end} has one buffered. */
    private void fill(Map<TopicPartition, Long> end) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (partitions.stream().anyMatch(tp -> buffers.get(tp).isEmpty() && consumer.position(tp) < end.get(tp))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the topics returned nothing for 2 minutes before their end");
            }
            List<TopicPartition> full = partitions.stream().filter(tp -> buffers.get(tp).size() >= BUFFERED).toList();
            consumer.pause(full);
            consumer.resume(partitions.stream().filter(tp -> !full.contains(tp)).toList());
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                try {
                    buffers.get(tp).add(new Consumed(record.timestamp(), record.offset(), TrustedEvents.read(record)));
                } catch (RuntimeException e) {
                    LOG.debugf("rebuild skips %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                            e.getMessage());
                    skipped++;
                }
            }
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
