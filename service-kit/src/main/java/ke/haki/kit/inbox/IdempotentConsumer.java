package ke.haki.kit.inbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.EventCodec;
import ke.haki.kit.tracing.TraceContext;

/**
 * Applies a consumed event at most once. The event id is recorded in the same transaction as the
 * event's effect, so a redelivered event is a no-op. A record that is not a valid event, or whose
 * effect keeps failing, is rethrown, and so is an event whose provenance fails ({@link TrustedEvents}:
 * its type, topic, acting unit and {@code ce_source} must agree): the channel's dead-letter strategy sends it to the service's
 * dead-letter topic with the reason, and the partition moves on. Each record is applied in the trace
 * its {@code traceparent} header continues ({@link TraceContext}).
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
                return apply(consumer, record, effect);
            } catch (RuntimeException e) {
                trace.failed(e);
                throw e;
            }
        }
    }

    private boolean apply(String consumer, ConsumerRecord<String, String> record, Consumer<CaseEvent> effect) {
        CaseEvent event = TrustedEvents.read(record);
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (!markProcessed(consumer, event)) {
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

    private boolean markProcessed(String consumer, CaseEvent event) {
        int inserted = em.createNativeQuery("""
                insert into inbox_processed_event (event_id, consumer, event_type, case_id, processed_at)
                values (?1, ?2, ?3, ?4, ?5) on conflict (event_id) do nothing""")
                .setParameter(1, event.eventId())
                .setParameter(2, consumer)
                .setParameter(3, event.type().typeName())
                .setParameter(4, event.caseId())
                .setParameter(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
        return inserted == 1;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
