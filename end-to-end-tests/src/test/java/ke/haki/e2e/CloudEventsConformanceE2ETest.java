package ke.haki.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.kafka.KafkaMessageFactory;

import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.Topics;
import ke.haki.testsupport.TopicReader;

/**
 * The relayed records, as a third party reads them: each decodes with the CloudEvents SDK's Kafka
 * binding (binary mode) into a CloudEvents 1.0 event whose attributes match the envelope, whose
 * {@code sequence} sorts as text as it does as a number, and whose {@code dataschema} is a URL the
 * producing service serves, with the type's schema behind it.
 */
class CloudEventsConformanceE2ETest {

    @BeforeAll
    static void stack() {
        Stack.get();
    }

    @Test
    void everyRelayedRecordOfACaseDecodesWithTheCloudEventsSdk() {
        String caseId = Agencies.referredNairobiCase();
        Agencies.awaitOdppFile(caseId);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (TopicReader nps = new TopicReader(Stack.get().kafka.bootstrapServers(), Topics.NPS_CASE_EVENTS);
                TopicReader odpp = new TopicReader(Stack.get().kafka.bootstrapServers(), Topics.ODPP_CASE_EVENTS)) {
            records.addAll(nps.recordsFor(caseId, 5, Duration.ofSeconds(30)));
            records.addAll(odpp.recordsFor(caseId, 2, Duration.ofSeconds(30)));
        }
        assertThat(records).hasSizeGreaterThanOrEqualTo(7);
        List<String> sequences = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            CloudEvent event = decode(record);
            assertThat(event.getSpecVersion()).isEqualTo(SpecVersion.V1);
            assertThat(event.getId()).isEqualTo(TopicReader.header(record, CloudEventHeaders.ID));
            assertThat(event.getSubject()).isEqualTo(caseId);
            assertThat(event.getType()).endsWith(".v1");
            assertThat(event.getSource().toString()).startsWith("urn:haki:");
            assertThat(event.getTime()).isNotNull();
            assertThat(event.getDataContentType()).isEqualTo("application/json");
            assertThat(new String(event.getData().toBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(record.value());
            String sequence = (String) event.getExtension("sequence");
            assertThat(sequence).hasSize(CloudEventHeaders.SEQUENCE_DIGITS).containsOnlyDigits();
            if (record.topic().equals(Topics.NPS_CASE_EVENTS)) {
                sequences.add(sequence);
            }
            URI schema = event.getDataSchema();
            assertThat(schema.toString()).endsWith(CloudEventHeaders.SCHEMA_PATH + event.getType() + ".schema.json");
            given().get(schema).then().statusCode(200).body("$id", org.hamcrest.Matchers.equalTo("urn:haki:schema:" + event.getType()));
        }
        assertThat(sequences).as("text order is number order").isSorted()
                .extracting(CloudEventHeaders::parseSequence).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    private static CloudEvent decode(ConsumerRecord<String, String> record) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        return KafkaMessageFactory.createReader(headers, record.value().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toEvent();
    }
}
