package ke.haki.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.EventCodec;
import ke.haki.kit.messaging.KafkaClientSettings;

/**
 * Publishes outbox rows to Kafka in id order, so each case's events keep their order on their
 * partition (key = case id). Uses an idempotent producer with acks=all; marks rows published
 * only once the broker acknowledged them. When a row of a case fails, the later rows of that case
 * wait for the next round, so order holds. One relay publishes at a time across instances (a
 * PostgreSQL advisory lock). Kafka being down only delays publication: nothing is lost.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long ADVISORY_LOCK_KEY = 0x4841_4b49_4f42L; // "HAKIOB"

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

    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong published = new AtomicLong();
    private volatile KafkaProducer<String, String> producer;
    private volatile boolean running;
    private Thread worker;
    private long lastCleanup;

    void onStart(@Observes StartupEvent event) {
        meters.gauge("haki.outbox.pending", this, OutboxRelay::pendingCount);
        meters.more().counter("haki.outbox.published", List.of(), published);
        if (!config.relayEnabled()) {
            return;
        }
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
            p.close(java.time.Duration.ofSeconds(5));
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
        int total = 0;
        while (true) {
            BatchResult result = publishBatch();
            total += result.published();
            if (result.published() == 0 || result.failed() > 0 || result.published() < config.batchSize()) {
                return total;
            }
        }
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
                publishPending();
                cleanupOccasionally();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay round failed, will retry: %s", e.getMessage());
            }
        }
    }

    private BatchResult publishBatch() {
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            Boolean leader = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, ADVISORY_LOCK_KEY).getSingleResult();
            if (!Boolean.TRUE.equals(leader)) {
                return new BatchResult(0, 0);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select id, case_id, topic, event_json from outbox_event
                    where published_at is null order by id limit ?1""")
                    .setParameter(1, config.batchSize())
                    .getResultList();
            if (rows.isEmpty()) {
                return new BatchResult(0, 0);
            }
            List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                Future<RecordMetadata> sent = send((String) row[1], (String) row[2], (String) row[3]);
                sends.add(sent);
                if (sent.isDone() && awaitSend(sent, 0) != null) {
                    break; // the broker cannot be reached: the rest waits for the next round
                }
            }
            List<Long> done = new ArrayList<>();
            Set<String> failedCases = new HashSet<>();
            int failed = 0;
            long deadline = System.nanoTime() + config.sendTimeout().toNanos();
            for (int i = 0; i < sends.size(); i++) {
                long id = ((Number) rows.get(i)[0]).longValue();
                String caseId = (String) rows.get(i)[1];
                String error = awaitSend(sends.get(i), deadline);
                if (error == null && !failedCases.contains(caseId)) {
                    done.add(id);
                } else {
                    failed++;
                    failedCases.add(caseId);
                    recordFailure(id, error == null ? "an earlier event of the case failed" : error);
                }
            }
            if (!done.isEmpty()) {
                em.createNativeQuery("update outbox_event set published_at = ?1 where id in (?2)")
                        .setParameter(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .setParameter(2, done)
                        .executeUpdate();
                published.addAndGet(done.size());
            }
            if (failed > 0) {
                LOG.warnf("outbox: %d event(s) published, %d waiting for the broker", done.size(), failed);
            }
            failed += rows.size() - sends.size();
            return new BatchResult(done.size(), failed);
        });
    }

    private Future<RecordMetadata> send(String caseId, String topic, String json) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.of(EventCodec.fromJson(json))
                .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        try {
            return producer().send(new ProducerRecord<>(topic, null, caseId, json, headers));
        } catch (RuntimeException e) {
            return java.util.concurrent.CompletableFuture.failedFuture(e);
        }
    }

    private static String awaitSend(Future<RecordMetadata> send, long deadlineNanos) {
        try {
            long wait = Math.max(0, deadlineNanos - System.nanoTime());
            send.get(wait, TimeUnit.NANOSECONDS);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
    }

    private void recordFailure(long id, String error) {
        em.createNativeQuery("update outbox_event set attempts = attempts + 1, last_error = ?1 where id = ?2")
                .setParameter(1, error.length() > 1000 ? error.substring(0, 1000) : error)
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

    private record BatchResult(int published, int failed) {}
}
