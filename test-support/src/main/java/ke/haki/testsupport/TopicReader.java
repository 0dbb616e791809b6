package ke.haki.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the beginning as an integrator would, for assertions on what a service
 * really published. Each reader has its own consumer group.
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public TopicReader(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(topic));
    }

    /** Polls until {@code done} holds for what was read so far, or the timeout passes. */
    public List<ConsumerRecord<String, String>> readUntil(Predicate<List<ConsumerRecord<String, String>>> done,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(seen) && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    /** Records with this key, polling until at least {@code count} arrived or the timeout passes. */
    public List<ConsumerRecord<String, String>> recordsFor(String key, int count, Duration timeout) {
        readUntil(all -> all.stream().filter(r -> key.equals(r.key())).count() >= count, timeout);
        return seen.stream().filter(r -> key.equals(r.key())).toList();
    }

    /** Everything on the topic now (polls until a quiet period of one second). */
    public List<ConsumerRecord<String, String>> drain() {
        int before;
        do {
            before = seen.size();
            long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            }
        } while (seen.size() != before);
        return List.copyOf(seen);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** The record as one searchable text: key, value and every header. */
    public static String asText(ConsumerRecord<String, String> record) {
        StringBuilder sb = new StringBuilder().append(record.key()).append('\n').append(record.value());
        for (Header h : record.headers()) {
            sb.append('\n').append(h.key()).append('=').append(new String(h.value(), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
