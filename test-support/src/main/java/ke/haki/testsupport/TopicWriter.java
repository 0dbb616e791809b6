package ke.haki.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.EventCodec;

/** Publishes events (or raw records) as another agency's service would, for consumer tests. */
public final class TopicWriter implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public TopicWriter(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(props);
    }

    public void publish(CaseEvent event) {
        send(event.topic(), event.caseId(), EventCodec.toJson(event), CloudEventHeaders.of(event));
    }

    public void send(String topic, String key, String value, Map<String, String> headers) {
        RecordHeaders h = new RecordHeaders();
        headers.forEach((k, v) -> h.add(k, v.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(new ProducerRecord<>(topic, null, key, value, h)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    /** Sends the records without waiting between them (so a consumer tends to poll them as one batch), then waits for all. */
    public void sendAll(List<ProducerRecord<String, String>> records) {
        List<java.util.concurrent.Future<?>> sent = new java.util.ArrayList<>();
        for (ProducerRecord<String, String> record : records) {
            sent.add(producer.send(record));
        }
        producer.flush();
        try {
            for (java.util.concurrent.Future<?> f : sent) {
                f.get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish " + records.size() + " records", e);
        }
    }

    /** The record {@link #publish} sends for the event. */
    public static ProducerRecord<String, String> recordOf(CaseEvent event) {
        RecordHeaders h = new RecordHeaders();
        CloudEventHeaders.of(event).forEach((k, v) -> h.add(k, v.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(event.topic(), null, event.caseId(), EventCodec.toJson(event), h);
    }

    @Override
    public void close() {
        producer.close();
    }
}
