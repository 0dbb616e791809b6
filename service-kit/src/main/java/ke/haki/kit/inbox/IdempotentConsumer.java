package ke.haki.kit.inbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.EventCodec;
import ke.haki.kit.logging.CaseLogContext;
import ke.haki.kit.tracing.TraceContext;

/**
 * Applies consumed events at most once. The event id is recorded in the same transaction as the
 * event's effect, so a redelivered event is a no-op. A record that is not a valid event, or whose
 * effect keeps failing, is dead-lettered, and so is an event whose provenance fails ({@link TrustedEvents}:
 * its type, topic, acting unit and {@code ce_source} must agree): the channel's dead-letter strategy sends it to the service's
 * dead-letter topic with the reason, and the partition moves on. Each record is applied in the trace
 * its {@code traceparent} header continues ({@link TraceContext}).
 *
 * <p>{@link #processBatch} applies a polled batch in one transaction (one commit, one insert of
 * the event ids); if anything in it fails, the batch is rolled back and applied again record by
 * record, each in its own transaction, so only the poison record goes to the dead-letter topic.
 * {@link #process} applies one record (a channel without batching).
 */
@ApplicationScoped
@ObservedConsumption
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final int ATTEMPTS = 3;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ConsumerMetrics metrics;

    @Inject
    TraceContext traces;

    /**
     * Parses the record and, unless the event was processed before, applies it in a transaction.
     *
     * @return true if applied now, false if it was a duplicate
     * @throws EventCodec.MalformedEventException if the record is not a valid event
     */
    public boolean process(String consumer, ConsumerRecord<String, String> record, Consumer<CaseEvent> effect) {
        try (TraceContext.Continuation trace = traces.continueFrom(consumer, record)) {
            try {
                return applyWithRetries(consumer, TrustedEvents.read(record), effect);
            } catch (RuntimeException e) {
                trace.failed(e);
                throw e;
            }
        }
    }

    /** A record of a batch: the message to acknowledge or dead-letter, and its event once read. */
    private record Item(KafkaRecord<String, String> message, ConsumerRecord<String, String> record, CaseEvent event) {}

    /**
     * Applies a polled batch: each record's provenance is checked on its own (an untrusted or
     * unreadable record is dead-lettered, the others go on); the readable ones are applied in
     * their order (per partition, so per case) in one transaction that also records their event
     * ids. When that transaction fails, each record is applied again in its own transaction and
     * only the ones that still fail are dead-lettered. The batch is acknowledged once its dead
     * letters are written.
     *
     * @param effect applies one event; called once per new event, inside the transaction
     */
    public CompletionStage<Void> processBatch(String consumer, KafkaRecordBatch<String, String> batch,
            Consumer<CaseEvent> effect) {
        List<CompletableFuture<Void>> deadLetters = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (KafkaRecord<String, String> message : batch.getRecords()) {
            ConsumerRecord<String, String> record = consumerRecord(message);
            try (CaseLogContext ignored = CaseLogContext.enter(record.key())) {
                items.add(new Item(message, record, TrustedEvents.read(record)));
            } catch (RuntimeException e) {
                deadLetters.add(deadLetter(message, record, e));
            }
        }
        if (!items.isEmpty()) {
            try {
                List<Boolean> applied = QuarkusTransaction.requiringNew().call(() -> applyAll(consumer, items, effect));
                for (int i = 0; i < items.size(); i++) {
                    metrics.consumed(items.get(i).record().topic(), applied.get(i));
                }
            } catch (RuntimeException batchFailure) {
                LOG.infof("%s: a batch of %d events failed (%s); applying them one by one", consumer, items.size(),
                        batchFailure.getMessage());
                for (Item item : items) {
                    try (CaseLogContext ignored = CaseLogContext.enter(item.event().caseId());
                            TraceContext.Continuation trace = traces.continueFrom(consumer, item.record())) {
                        try {
                            metrics.consumed(item.record().topic(), applyWithRetries(consumer, item.event(), effect));
                        } catch (RuntimeException e) {
                            trace.failed(e);
                            deadLetters.add(deadLetter(item.message(), item.record(), e));
                        }
                    }
                }
            }
        }
        return CompletableFuture.allOf(deadLetters.toArray(CompletableFuture[]::new)).thenCompose(done -> batch.ack());
    }

    /** In the caller's transaction: records the batch's event ids, then applies each new one in order. */
    private List<Boolean> applyAll(String consumer, List<Item> items, Consumer<CaseEvent> effect) {
        Set<UUID> fresh = markProcessed(consumer, items.stream().map(Item::event).toList());
        List<Boolean> applied = new ArrayList<>(items.size());
        for (Item item : items) {
            // remove: a second copy of an event in the same batch is a duplicate too
            boolean now = fresh.remove(item.event().eventId());
            if (now) {
                try (CaseLogContext ignored = CaseLogContext.enter(item.event().caseId());
                        TraceContext.Continuation trace = traces.continueFrom(consumer, item.record())) {
                    try {
                        effect.accept(item.event());
                    } catch (RuntimeException e) {
                        trace.failed(e);
                        throw e;
                    }
                }
            }
            applied.add(now);
        }
        return applied;
    }

    private CompletableFuture<Void> deadLetter(KafkaRecord<String, String> message, ConsumerRecord<String, String> record,
            RuntimeException cause) {
        metrics.deadLettered(record.topic(), cause);
        LOG.warnf("%s-%d@%d goes to the dead-letter topic: %s", record.topic(), record.partition(), record.offset(),
                cause.getMessage());
        return message.nack(cause).toCompletableFuture();
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> (ConsumerRecord<String, String>) m.getRecord())
                .orElseThrow(() -> new IllegalStateException("not a record consumed from Kafka"));
    }

    private boolean applyWithRetries(String consumer, CaseEvent event, Consumer<CaseEvent> effect) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (markProcessed(consumer, List.of(event)).isEmpty()) {
                        return false;
                    }
                    effect.accept(event);
                    return true;
                });
            } catch (EventRejectedException e) {
                throw e;
            } catch (RuntimeException e) {
                last = e;
                LOG.warnf("%s: applying %s %s failed (attempt %d of %d): %s", consumer,
                        event.type().typeName(), event.eventId(), attempt, ATTEMPTS, e.getMessage());
                sleep(200L * attempt);
            }
        }
        throw last;
    }

    /** Records the events as processed by {@code consumer}; @return the ids that were new (one statement). */
    private Set<UUID> markProcessed(String consumer, List<CaseEvent> events) {
        StringBuilder sql = new StringBuilder(
                "insert into inbox_processed_event (event_id, consumer, event_type, case_id, processed_at) values ");
        for (int i = 0; i < events.size(); i++) {
            int p = i * 4;
            sql.append(i == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2).append(", ?")
                    .append(p + 3).append(", ?").append(p + 4).append(", ?").append(events.size() * 4 + 1).append(')');
        }
        sql.append(" on conflict (event_id) do nothing returning event_id");
        Query insert = em.createNativeQuery(sql.toString());
        for (int i = 0; i < events.size(); i++) {
            CaseEvent event = events.get(i);
            int p = i * 4;
            insert.setParameter(p + 1, event.eventId()).setParameter(p + 2, consumer)
                    .setParameter(p + 3, event.type().typeName()).setParameter(p + 4, event.caseId());
        }
        insert.setParameter(events.size() * 4 + 1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        Set<UUID> inserted = new HashSet<>();
        for (Object id : insert.getResultList()) {
            inserted.add(id instanceof UUID u ? u : UUID.fromString(id.toString()));
        }
        return inserted;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
