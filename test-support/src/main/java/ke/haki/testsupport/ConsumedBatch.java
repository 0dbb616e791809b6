package ke.haki.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.EventCodec;

/**
 * A polled batch of one partition's records as the Kafka connector hands it to a batch consumer,
 * without a broker: what the consumer acknowledges (the connector acknowledges a batch by its last
 * offset) and dead-letters is recorded.
 */
public final class ConsumedBatch {

    /** A record the consumer sent to the dead-letter topic, and why. */
    public record Nack(long offset, String reason) {}

    private final List<Nack> nacked = new CopyOnWriteArrayList<>();
    private final List<Long> acked = new CopyOnWriteArrayList<>();
    private final IncomingKafkaRecordBatch<String, String> batch;

    public ConsumedBatch(TopicPartition partition, String channel, List<ConsumerRecord<String, String>> records) {
        batch = new IncomingKafkaRecordBatch<>(new ConsumerRecords<>(Map.of(partition, new ArrayList<>(records)), Map.of()),
                channel, 0,
                new KafkaCommitHandler() {
                    @Override
                    public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
                        acked.add(record.getOffset());
                        return Uni.createFrom().voidItem();
                    }
                },
                new KafkaFailureHandler() {
                    @Override
                    public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                        nacked.add(new Nack(record.getOffset(), reason.getMessage()));
                        return Uni.createFrom().voidItem();
                    }
                }, false, false);
    }

    /** The event as its producer publishes it: JSON, keyed by its case id, with its CloudEvents headers. */
    public static ConsumerRecord<String, String> record(String topic, long offset, CaseEvent event) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, offset, event.caseId(), EventCodec.toJson(event));
        CloudEventHeaders.of(event).forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    public IncomingKafkaRecordBatch<String, String> batch() {
        return batch;
    }

    public List<Nack> nacked() {
        return List.copyOf(nacked);
    }

    public List<Long> acked() {
        return List.copyOf(acked);
    }
}
