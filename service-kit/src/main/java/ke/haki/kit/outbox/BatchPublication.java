package ke.haki.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.EventCodec;
import ke.haki.kit.tracing.TraceContext;

/**
 * One batch of the relay ({@link OutboxRelay}): in a transaction holding the relay's advisory
 * lock, reads the next rows, sends them in id order (a case stops at its first failure, every row
 * stops when the broker is unreachable), waits for the acknowledgements, and marks, quarantines or
 * records each row as {@link RelayBatch} decides.
 */
final class BatchPublication {

    /** The relay's logger: its messages are the relay's (docs/operations/runbook.md). */
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxRows rows;
    private final OutboxConfig config;
    private final Clock clock;
    private final TraceContext traces;
    private final RelayProducer producer;
    private final RelayMetrics metrics;

    BatchPublication(OutboxRows rows, OutboxConfig config, Clock clock, TraceContext traces, RelayProducer producer,
            RelayMetrics metrics) {
        this.rows = rows;
        this.config = config;
        this.clock = clock;
        this.traces = traces;
        this.producer = producer;
        this.metrics = metrics;
    }

    /** Publishes the next batch in a transaction of its own. */
    Result publishNext() {
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            if (!rows.lead()) {
                return Result.NONE;
            }
            List<OutboxRows.Row> batch = rows.next(config.batchSize());
            if (batch.isEmpty()) {
                return Result.NONE;
            }
            List<Pending> pending = new ArrayList<>(batch.size());
            boolean unreachable = sendAll(batch, pending);
            return settle(RelayBatch.decide(awaitAll(pending)), pending, unreachable);
        });
    }

    /**
     * Sends the batch's rows in order, except those that must wait: the broker is unreachable, or
     * an earlier row of their case failed. @return whether the broker proved unreachable
     */
    private boolean sendAll(List<OutboxRows.Row> batch, List<Pending> pending) {
        Set<String> stopped = new HashSet<>();
        boolean unreachable = false;
        for (OutboxRows.Row row : batch) {
            Pending p = new Pending(row.id(), row.caseId());
            pending.add(p);
            if (unreachable || stopped.contains(p.caseId)) {
                continue;
            }
            send(p, row);
            if (p.failure != null) {
                stopped.add(p.caseId);
                unreachable = !p.failure.permanent(); // the rest waits for the next round
            }
        }
        return unreachable;
    }

    /** Sends one row; a failure known at once (unreadable payload, refused send) is left on {@code p}. */
    private void send(Pending p, OutboxRows.Row row) {
        ProducerRecord<String, String> record;
        try {
            record = record(p.caseId, row.topic(), row.eventJson());
        } catch (RuntimeException e) {
            p.failure = PublishFailure.unreadablePayload(e);
            return;
        }
        p.trace = traces.publish(row.topic(), row.traceParent());
        String traceParent = p.trace.traceParent();
        if (traceParent != null) {
            record.headers().add(TraceContext.TRACEPARENT, traceParent.getBytes(StandardCharsets.UTF_8));
        }
        p.send = producer.send(record);
        if (p.send.isDone()) {
            PublishFailure failure = RelayProducer.await(p.send, 0);
            if (failure != null) {
                p.failure = failure;
                p.send = null;
            }
        }
    }

    /** Waits for the broker's answers, all within one send timeout, and ends each row's trace. */
    private List<RelayBatch.Attempt> awaitAll(List<Pending> pending) {
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        List<RelayBatch.Attempt> attempts = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            PublishFailure failure = p.send == null ? p.failure : RelayProducer.await(p.send, deadline);
            if (p.trace != null) {
                p.trace.end(failure == null ? null : failure.reason());
            }
            if (failure != null) {
                attempts.add(RelayBatch.Attempt.failed(p.id, p.caseId, failure));
            } else if (p.send != null) {
                attempts.add(RelayBatch.Attempt.acknowledged(p.id, p.caseId));
            } else {
                attempts.add(RelayBatch.Attempt.notSent(p.id, p.caseId));
            }
        }
        return attempts;
    }

    /** Marks, quarantines and records what the decision says, in the batch's transaction. */
    private Result settle(RelayBatch.Decision decision, List<Pending> pending, boolean unreachable) {
        int published = decision.published().size();
        if (published > 0) {
            rows.markPublished(decision.published(), clock.instant());
            metrics.published(published);
        }
        Map<Long, String> caseOf = new HashMap<>();
        pending.forEach(p -> caseOf.put(p.id, p.caseId));
        decision.quarantined().forEach((id, reason) -> quarantine(id, caseOf.get(id), reason));
        decision.retry().forEach(rows::recordFailure);
        int settled = published + decision.quarantined().size();
        int waiting = pending.size() - settled;
        if (decision.hadTransientFailure() || unreachable) {
            LOG.warnf("outbox: %d event(s) published, %d waiting for the broker", published, waiting);
            return new Result(published, Math.max(1, waiting), settled, pending.size());
        }
        return new Result(published, 0, settled, pending.size());
    }

    private void quarantine(long id, String caseId, String reason) {
        rows.quarantine(id, reason, clock.instant());
        metrics.quarantined();
        LOG.warnf("outbox: row %d of case %s quarantined, the case's later events wait until it is released: %s",
                id, caseId, reason);
    }

    private ProducerRecord<String, String> record(String caseId, String topic, String json) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.of(EventCodec.fromJson(json), config.schemaBaseUrl())
                .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(topic, null, caseId, json, headers);
    }

    /** One row of a batch on its way to the broker. */
    private static final class Pending {
        final long id;
        final String caseId;
        Future<RecordMetadata> send;
        PublishFailure failure;
        TraceContext.Publication trace;

        Pending(long id, String caseId) {
            this.id = id;
            this.caseId = caseId;
        }
    }

    /**
     * @param failed rows waiting for the broker (at least 1 when it failed)
     * @param settled rows published or quarantined
     * @param tried rows the batch read (a full batch means more may be pending)
     */
    record Result(int published, int failed, int settled, int tried) {
        static final Result NONE = new Result(0, 0, 0, 0);
    }
}
