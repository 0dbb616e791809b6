package ke.haki.kit.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import ke.haki.kit.messaging.KafkaClientSettings;
import ke.haki.kit.tracing.TraceContext;

/**
 * Publishes outbox rows to Kafka in id order, so each case's events keep their order on their
 * partition (key = case id), batch after batch ({@link BatchPublication}). Uses an idempotent
 * producer with acks=all ({@link RelayProducer}); marks rows published only once the broker
 * acknowledged them. When a row of a case fails, the later rows of that case wait for the next
 * round, so order holds ({@link RelayBatch}). A row that can never be published as it is
 * (unreadable payload, record rejected by the broker) is quarantined: only its own case's later
 * rows wait behind it until an operator releases it, every other case flows. One relay publishes at a time across instances (a PostgreSQL advisory lock).
 * Kafka being down only delays publication: nothing is lost, and nothing is quarantined for it.
 * Each record carries the trace of the call that wrote its row ({@code traceparent}, from a
 * producer span: {@link TraceContext}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The PostgreSQL advisory lock the relaying instance holds; a session holding it pauses every relay. */
    public static final long ADVISORY_LOCK_KEY = 0x4841_4b49_4f42L; // "HAKIOB"
    private static final long CLEANUP_EVERY_MILLIS = 3_600_000L;

    @Inject
    OutboxRows rows;

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
    private RelayMetrics metrics;
    private RelayProducer producer;
    private BatchPublication batches;
    private volatile Instant lastRoundAt;
    private volatile Instant lastSuccessAt;
    private volatile boolean running;
    private Thread worker;
    private long lastCleanup;

    void onStart(@Observes StartupEvent event) {
        metrics = new RelayMetrics(meters, this, backlog);
        producer = new RelayProducer(kafka, config);
        batches = new BatchPublication(rows, config, clock, traces, producer, metrics);
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
        if (producer != null) {
            producer.close();
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

    private BatchPublication.Result round() {
        int total = 0;
        while (true) {
            BatchPublication.Result result = batches.publishNext();
            total += result.published();
            if (result.failed() > 0 || result.settled() == 0 || result.tried() < config.batchSize()) {
                return new BatchPublication.Result(total, result.failed(), 0, 0);
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
            return QuarkusTransaction.requiringNew().call(rows::countUnpublished);
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
                    metrics.roundFailed();
                }
                cleanupOccasionally();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                metrics.roundFailed();
                LOG.warnf("outbox relay round failed, will retry: %s", e.getMessage());
            } finally {
                metrics.roundRun();
                lastRoundAt = clock.instant();
            }
        }
    }

    private void cleanupOccasionally() {
        long now = System.currentTimeMillis();
        if (now - lastCleanup < CLEANUP_EVERY_MILLIS) {
            return;
        }
        lastCleanup = now;
        QuarkusTransaction.requiringNew().run(() -> rows.deletePublishedBefore(clock.instant().minus(config.retention())));
    }
}
