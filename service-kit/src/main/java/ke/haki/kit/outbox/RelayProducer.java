package ke.haki.kit.outbox;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import ke.haki.kit.messaging.KafkaClientSettings;

/**
 * The relay's Kafka producer, created on first use: idempotent, acks=all, blocking no longer than
 * the relay's send timeout. A send that cannot even start fails its future instead of throwing.
 */
final class RelayProducer implements AutoCloseable {

    private final KafkaClientSettings kafka;
    private final OutboxConfig config;
    private volatile KafkaProducer<String, String> producer;

    RelayProducer(KafkaClientSettings kafka, OutboxConfig config) {
        this.kafka = kafka;
        this.config = config;
    }

    Future<RecordMetadata> send(ProducerRecord<String, String> record) {
        try {
            return producer().send(record);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Waits for the broker's answer until the deadline ({@link System#nanoTime()}); null when acknowledged. */
    static PublishFailure await(Future<RecordMetadata> send, long deadlineNanos) {
        try {
            long wait = Math.max(0, deadlineNanos - System.nanoTime());
            send.get(wait, TimeUnit.NANOSECONDS);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PublishFailure(false, "interrupted");
        } catch (Exception e) {
            return PublishFailure.fromSend(e);
        }
    }

    @Override
    public void close() {
        KafkaProducer<String, String> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(settings());
                }
                p = producer;
            }
        }
        return p;
    }

    private Properties settings() {
        Properties props = kafka.connection();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(config.sendTimeout().toMillis()));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(Math.max(5005, config.sendTimeout().toMillis())));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }
}
