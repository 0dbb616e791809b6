package ke.haki.kit.it;

import static ke.haki.kit.it.KitApp.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import ke.haki.contract.ActingUnit;
import ke.haki.contract.Agency;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.Topics;
import ke.haki.contract.odpp.ProsecutorAssigned;
import ke.haki.kit.inbox.BatchEffect;
import ke.haki.kit.inbox.EventRejectedException;
import ke.haki.kit.inbox.IdempotentConsumer;
import ke.haki.testsupport.ConsumedBatch;
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
        ConsumedBatch consumed = new ConsumedBatch(new TopicPartition(Topics.ODPP_CASE_EVENTS, 0), "odpp-events", records);
        inbox.processPreparedBatch("kit-prepared-batch-test", consumed.batch(), effect).toCompletableFuture().join();
        consumed.nacked().forEach(n -> nacked.add(n.offset()));
    }

    private static ConsumerRecord<String, String> record(long offset, CaseEvent event) {
        return ConsumedBatch.record(Topics.ODPP_CASE_EVENTS, offset, event);
    }

    private static ConsumerRecord<String, String> malformed(long offset) {
        return new ConsumerRecord<>(Topics.ODPP_CASE_EVENTS, 0, offset, "KIT-malformed", "{\"type\":\"not-a-type\"}");
    }

    private static CaseEvent event(String caseId, long sequence) {
        return CaseEvent.of(UUID.randomUUID(), caseId, sequence, Instant.now(), OFFICE,
                new ProsecutorAssigned("ODPP/NRB/7/2026", "PR-" + sequence));
    }
}
