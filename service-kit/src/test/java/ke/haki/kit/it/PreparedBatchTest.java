package ke.haki.kit.it;

import static ke.haki.kit.it.KitApp.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;

import ke.haki.contract.ActingUnit;
import ke.haki.contract.Agency;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.EventCodec;
import ke.haki.contract.Topics;
import ke.haki.contract.odpp.ProsecutorAssigned;
import ke.haki.kit.inbox.BatchEffect;
import ke.haki.kit.inbox.EventRejectedException;
import ke.haki.kit.inbox.IdempotentConsumer;
import ke.haki.testsupport.HakiInfrastructure;

/**
 * {@link IdempotentConsumer#processPreparedBatch}: the effect begins once with the batch's new
 * events in order (duplicates within the batch and events processed before left out), applies
 * each, and ends once; when the batch fails, each event is a batch of its own and only the failing
 * one is dead-lettered.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PreparedBatchTest {

    private static final ActingUnit OFFICE = new ActingUnit(Agency.ODPP, "ODPP-NRB", "047");

    @Inject
    IdempotentConsumer inbox;

    /** What the effect saw: "begin [ids]", "apply id", "end". */
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<Long> nacked = new CopyOnWriteArrayList<>();

    private final BatchEffect effect = events -> {
        calls.add("begin " + events.stream().map(e -> e.eventId().toString()).toList());
        return new BatchEffect.Applier() {
            @Override
            public void apply(CaseEvent event) {
                if (event.caseId().startsWith("REFUSE-")) {
                    throw new EventRejectedException("refused " + event.eventId());
                }
                calls.add("apply " + event.eventId());
            }

            @Override
            public void end() {
                calls.add("end");
            }
        };
    };

    @Test
    void theEffectBeginsOnceWithTheNewEventsInOrderAndEndsOnce() {
        CaseEvent first = event("KIT-" + UUID.randomUUID(), 1);
        CaseEvent second = event("KIT-" + UUID.randomUUID(), 1);
        List<ConsumerRecord<String, String>> records = List.of(record(0, first), record(1, second), record(2, first),
                malformed(3));

        consume(records);

        assertThat(calls).containsExactly("begin " + List.of(first.eventId().toString(), second.eventId().toString()),
                "apply " + first.eventId(), "apply " + second.eventId(), "end");
        assertThat(nacked).containsExactly(3L);
        assertThat(count("select count(*) from inbox_processed_event where event_id in (?, ?)", first.eventId(),
                second.eventId())).isEqualTo(2);

        calls.clear();
        nacked.clear();
        consume(records);
        assertThat(calls).as("every event processed before: nothing to begin").isEmpty();
        assertThat(nacked).containsExactly(3L);
    }

    @Test
    void aFailingBatchIsAppliedAgainEventByEventAndOnlyThePoisonIsDeadLettered() {
        CaseEvent good = event("KIT-" + UUID.randomUUID(), 1);
        CaseEvent poison = event("REFUSE-" + UUID.randomUUID(), 1);
        CaseEvent after = event("KIT-" + UUID.randomUUID(), 1);

        consume(List.of(record(0, good), record(1, poison), record(2, after)));

        assertThat(nacked).containsExactly(1L);
        assertThat(calls).containsSubsequence("begin " + List.of(good.eventId().toString()), "apply " + good.eventId(),
                "end", "begin " + List.of(poison.eventId().toString()), "begin " + List.of(after.eventId().toString()),
                "apply " + after.eventId(), "end");
        assertThat(count("select count(*) from inbox_processed_event where event_id in (?, ?)", good.eventId(),
                after.eventId())).as("the rest of the batch, once each").isEqualTo(2);
        assertThat(count("select count(*) from inbox_processed_event where event_id = ?", poison.eventId())).isZero();
    }

    private void consume(List<ConsumerRecord<String, String>> records) {
        IncomingKafkaRecordBatch<String, String> batch = new IncomingKafkaRecordBatch<>(
                new ConsumerRecords<>(Map.of(new TopicPartition(Topics.ODPP_CASE_EVENTS, 0), new ArrayList<>(records)), Map.of()),
                "odpp-events", 0,
                new KafkaCommitHandler() {
                    @Override
                    public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
                        return Uni.createFrom().voidItem();
                    }
                },
                new KafkaFailureHandler() {
                    @Override
                    public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                        nacked.add(record.getOffset());
                        return Uni.createFrom().voidItem();
                    }
                }, false, false);
        inbox.processPreparedBatch("kit-prepared-batch-test", batch, effect).toCompletableFuture().join();
    }

    private static ConsumerRecord<String, String> record(long offset, CaseEvent event) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.ODPP_CASE_EVENTS, 0, offset, event.caseId(),
                EventCodec.toJson(event));
        CloudEventHeaders.of(event).forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static ConsumerRecord<String, String> malformed(long offset) {
        return new ConsumerRecord<>(Topics.ODPP_CASE_EVENTS, 0, offset, "KIT-malformed", "{\"type\":\"not-a-type\"}");
    }

    private static CaseEvent event(String caseId, long sequence) {
        return CaseEvent.of(UUID.randomUUID(), caseId, sequence, Instant.now(), OFFICE,
                new ProsecutorAssigned("ODPP/NRB/7/2026", "PR-" + sequence));
    }
}
