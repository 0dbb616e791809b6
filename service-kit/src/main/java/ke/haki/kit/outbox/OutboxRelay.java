package ke.haki.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.EventCodec;
import ke.haki.kit.messaging.KafkaClientSettings;
import ke.haki.kit.tracing.TraceContext;

/**
 * Publishes outbox rows to Kafka in id order, so each case's events keep their order on their
 * partition (key = case id). Uses an idempotent producer with acks=all; marks rows published
 * only once the broker acknowledged them. When a row of a case fails, the later rows of that case
 * wait for the next round, so order holds. A row that can never be published as it is (unreadable
 * payload, record rejected by the broker) is quarantined: only its own case's later rows wait
 * behind it until an operator releases it, every other case flows. One relay publishes at a time
 * across instances (a PostgreSQL advisory lock). Kafka being down only delays publication: nothing
 * is lost, and nothing is quarantined for it. Each record carries the trace of the call that wrote
 * its row ({@code traceparent}, from a producer span: {@link TraceContext}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The PostgreSQL advisory lock the relaying instance holds; a session holding it pauses every relay. */
    public static final long ADVISORY_LOCK_KEY = 0x4841_4b49_4f42L; // "HAKIOB"

    @Inject
    EntityManager em;

    @Inject
    OutboxConfig config;

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry txRegistry;

    @Inject
    MeterRegistry meters;

    @Inject
    KafkaClientSettings kafka;

    @Inject
    OutboxBacklog backlog;

    @Inject
    TraceContext traces;

    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong published = new AtomicLong();
    private Counter rounds;
    private Counter failedRounds;
    private Counter quarantines;
    private volatile Instant lastRoundAt;
    private volatile Instant lastSuccessAt;
    private volatile KafkaProducer<String, String> producer;
    private volatile boolean running;
    private Thread worker;
    private long lastCleanup;

    void onStart(@Observes StartupEvent event) {
        meters.gauge("haki.outbox.pending", this, OutboxRelay::pendingCount);
        meters.more().counter("haki.outbox.published", List.of(), published);
        Gauge.builder("haki.outbox.quarantined", backlog, b -> b.snapshot().quarantined())
                .description("outbox rows set aside because they cannot be published as they are").register(meters);
        Gauge.builder("haki.outbox.held", backlog, b -> b.snapshot().held())
                .description("outbox rows waiting behind a quarantined row of their case").register(meters);
        Gauge.builder("haki.outbox.oldest.pending.age", backlog, b -> b.snapshot().oldestPendingAge().toMillis() / 1000.0)
                .description("age of the oldest unpublished row that is free to flow (not quarantined, not held)")
                .baseUnit("seconds").register(meters);
        Gauge.builder("haki.outbox.relay.last.success.age", this, r -> r.sinceLastSuccess().toMillis() / 1000.0)
                .description("time since the relay last finished a round without a broker failure")
                .baseUnit("seconds").register(meters);
        rounds = Counter.builder("haki.outbox.relay.rounds").description("relay rounds run").register(meters);
        failedRounds = Counter.builder("haki.outbox.relay.failures")
                .description("relay rounds that ended with an error or events the broker did not acknowledge")
                .register(meters);
        quarantines = Counter.builder("haki.outbox.quarantines").description("outbox rows quarantined").register(meters);
        if (!config.relayEnabled()) {
            return;
        }
        lastSuccessAt = clock.instant();
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    @PreDestroy
    void stop() {
        running = false;
        wakeUp.release();
        if (worker != null) {
            try {
                worker.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        KafkaProducer<String, String> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    /** Asks the relay to run as soon as the current transaction commits. */
    void wakeUpAfterCommit() {
        txRegistry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wakeUp.release();
                }
            }
        });
    }

    /**
     * Publishes what is pending, batch after batch, until nothing is left or a batch fails.
     *
     * @return how many events were published
     */
    public int publishPending() {
        return round().published();
    }

    private BatchResult round() {
        int total = 0;
        while (true) {
            BatchResult result = publishBatch();
            total += result.published();
            if (result.failed() > 0 || result.settled() == 0 || result.tried() < config.batchSize()) {
                return new BatchResult(total, result.failed(), 0, 0);
            }
        }
    }

    /** Whether this instance runs the relay loop at all ({@code haki.outbox.relay-enabled}). */
    public boolean enabled() {
        return config.relayEnabled();
    }

    /** When the relay last finished a round, successful or not; null before the first. */
    public Instant lastRoundAt() {
        return lastRoundAt;
    }

    /** When the relay last finished a round in which the broker acknowledged everything it was sent. */
    public Instant lastSuccessAt() {
        return lastSuccessAt;
    }

    Duration sinceLastSuccess() {
        Instant last = lastSuccessAt;
        return last == null ? Duration.ZERO : Duration.between(last, clock.instant());
    }

    /** How many events wait to be published. */
    public long pendingCount() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                    .createNativeQuery("select count(*) from outbox_event where published_at is null")
                    .getSingleResult()).longValue());
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private void loop() {
        while (running) {
            try {
                wakeUp.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                if (!running) {
                    return;
                }
                if (round().failed() == 0) {
                    lastSuccessAt = clock.instant();
                } else {
                    failedRounds.increment();
                }
                cleanupOccasionally();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failedRounds.increment();
                LOG.warnf("outbox relay round failed, will retry: %s", e.getMessage());
            } finally {
                rounds.increment();
                lastRoundAt = clock.instant();
            }
        }
    }

    private BatchResult publishBatch() {
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            Boolean leader = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, ADVISORY_LOCK_KEY).getSingleResult();
            if (!Boolean.TRUE.equals(leader)) {
                return new BatchResult(0, 0, 0, 0);
            }
            // rows after a quarantined row of their own case are held; everything else flows
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select o.id, o.case_id, o.topic, o.event_json, o.trace_parent from outbox_event o
                    where o.published_at is null and o.quarantined_at is null
                      and not exists (select 1 from outbox_event q
                                      where q.case_id = o.case_id and q.id < o.id
                                        and q.quarantined_at is not null and q.published_at is null)
                    order by o.id limit ?1""")
                    .setParameter(1, config.batchSize())
                    .getResultList();
            if (rows.isEmpty()) {
                return new BatchResult(0, 0, 0, 0);
            }
            List<Pending> pending = new ArrayList<>(rows.size());
            Set<String> stopped = new HashSet<>();
            boolean unreachable = false;
            for (Object[] row : rows) {
                Pending p = new Pending(((Number) row[0]).longValue(), (String) row[1]);
                pending.add(p);
                if (unreachable || stopped.contains(p.caseId)) {
                    continue; // waits: the broker is unreachable, or an earlier row of its case failed
                }
                ProducerRecord<String, String> record;
                try {
                    record = record(p.caseId, (String) row[2], (String) row[3]);
                } catch (RuntimeException e) {
                    p.failure = PublishFailure.unreadablePayload(e);
                    stopped.add(p.caseId);
                    continue;
                }
                p.trace = traces.publish((String) row[2], (String) row[4]);
                String traceParent = p.trace.traceParent();
                if (traceParent != null) {
                    record.headers().add(TraceContext.TRACEPARENT, traceParent.getBytes(StandardCharsets.UTF_8));
                }
                p.send = send(record);
                if (p.send.isDone()) {
                    PublishFailure failure = awaitSend(p.send, 0);
                    if (failure != null) {
                        p.failure = failure;
                        p.send = null;
                        stopped.add(p.caseId);
                        unreachable = !failure.permanent(); // the rest waits for the next round
                    }
                }
            }
            long deadline = System.nanoTime() + config.sendTimeout().toNanos();
            List<RelayBatch.Attempt> attempts = new ArrayList<>(pending.size());
            for (Pending p : pending) {
                PublishFailure failure = p.send == null ? p.failure : awaitSend(p.send, deadline);
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
            RelayBatch.Decision decision = RelayBatch.decide(attempts);
            if (!decision.published().isEmpty()) {
                em.createNativeQuery("update outbox_event set published_at = ?1 where id in (?2)")
                        .setParameter(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .setParameter(2, decision.published())
                        .executeUpdate();
                published.addAndGet(decision.published().size());
            }
            Map<Long, String> caseOf = new HashMap<>();
            pending.forEach(p -> caseOf.put(p.id, p.caseId));
            decision.quarantined().forEach((id, reason) -> quarantine(id, caseOf.get(id), reason));
            decision.retry().forEach(this::recordFailure);
            int settled = decision.published().size() + decision.quarantined().size();
            int waiting = rows.size() - settled;
            if (decision.hadTransientFailure() || unreachable) {
                LOG.warnf("outbox: %d event(s) published, %d waiting for the broker", decision.published().size(), waiting);
                return new BatchResult(decision.published().size(), Math.max(1, waiting), settled, rows.size());
            }
            return new BatchResult(decision.published().size(), 0, settled, rows.size());
        });
    }

    private void quarantine(long id, String caseId, String reason) {
        em.createNativeQuery("""
                update outbox_event set quarantined_at = ?1, quarantine_reason = ?2, attempts = attempts + 1, last_error = ?2
                where id = ?3""")
                .setParameter(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(2, reason)
                .setParameter(3, id)
                .executeUpdate();
        quarantines.increment();
        LOG.warnf("outbox: row %d of case %s quarantined, the case's later events wait until it is released: %s",
                id, caseId, reason);
    }

    private ProducerRecord<String, String> record(String caseId, String topic, String json) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.of(EventCodec.fromJson(json), config.schemaBaseUrl())
                .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(topic, null, caseId, json, headers);
    }

    private Future<RecordMetadata> send(ProducerRecord<String, String> record) {
        try {
            return producer().send(record);
        } catch (RuntimeException e) {
            return java.util.concurrent.CompletableFuture.failedFuture(e);
        }
    }

    private static PublishFailure awaitSend(Future<RecordMetadata> send, long deadlineNanos) {
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

    private void recordFailure(long id, String error) {
        em.createNativeQuery("update outbox_event set attempts = attempts + 1, last_error = ?1 where id = ?2")
                .setParameter(1, error)
                .setParameter(2, id)
                .executeUpdate();
    }

    private void cleanupOccasionally() {
        long now = System.currentTimeMillis();
        if (now - lastCleanup < 3_600_000L) {
            return;
        }
        lastCleanup = now;
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from outbox_event where published_at is not null and published_at < ?1")
                .setParameter(1, OffsetDateTime.ofInstant(clock.instant().minus(config.retention()), ZoneOffset.UTC))
                .executeUpdate());
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    Properties props = kafka.connection();
                    props.put(ProducerConfig.ACKS_CONFIG, "all");
                    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
                    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
                    props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
                    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(config.sendTimeout().toMillis()));
                    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
                    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                            Long.toString(Math.max(5005, config.sendTimeout().toMillis())));
                    props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
                    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    producer = new KafkaProducer<>(props);
                }
                p = producer;
            }
        }
        return p;
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
     * @param settled rows published or quarantined
     * @param tried rows the batch read (a full batch means more may be pending)
     */
    private record BatchResult(int published, int failed, int settled, int tried) {}
}
