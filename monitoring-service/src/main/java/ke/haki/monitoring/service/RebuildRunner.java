package ke.haki.monitoring.service;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ke.haki.kit.messaging.KafkaClientSettings;
import ke.haki.monitoring.config.MonitoringConfig;
import ke.haki.monitoring.repository.MonitoredCaseRepository;
import ke.haki.monitoring.repository.RebuildJobStore;
import ke.haki.monitoring.repository.RebuildJobStore.Progress;
import ke.haki.monitoring.repository.RebuildJobStore.State;
import ke.haki.monitoring.repository.ShadowProjection;
import ke.haki.monitoring.repository.TimerStore;
import ke.haki.monitoring.service.TopicReplay.Consumed;

/**
 * One rebuild job's work, on the rebuild's own thread (see {@link RebuildService} for the steps):
 * the shadow built from the topics a chunk per transaction, the wait for the live consumers, then
 * the switch in one transaction holding the projection lock. A failure drops the shadow and
 * leaves the live projection as it was.
 */
@ApplicationScoped
class RebuildRunner {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);
    static final String LIVE_GROUP = "monitoring-service";

    private final Clock wall = Clock.systemUTC();

    @Inject
    KafkaClientSettings kafka;

    @Inject
    ProjectionService projection;

    @Inject
    MonitoredCaseRepository cases;

    @Inject
    TimerStore timers;

    @Inject
    DeadlineSweep sweep;

    @Inject
    EntityManager em;

    @Inject
    ShadowProjection shadow;

    @Inject
    RebuildJobStore jobs;

    @Inject
    MonitoringConfig config;

    /** What a job has done so far. */
    private static final class Counters {
        final AtomicLong applied = new AtomicLong();
        final AtomicLong tail = new AtomicLong();

        Progress of(TopicReplay replay) {
            return new Progress(replay.read + replay.skipped, applied.get(), replay.skipped, tail.get());
        }
    }

    void run(UUID id) {
        long started = System.nanoTime();
        Counters n = new Counters();
        try (TopicReplay replay = new TopicReplay(consumerSettings(id))) {
            QuarkusTransaction.requiringNew().run(shadow::create);
            Map<TopicPartition, Long> begun = replay.endOffsets();
            buildShadow(id, replay, begun, n);
            progress(id, "WAITING_FOR_LIVE", n.of(replay));
            awaitLiveConsumers(id, begun, n, replay);
            progress(id, "SWITCH", n.of(replay));
            QuarkusTransaction.requiringNew().timeout(3600).run(() -> switchOver(id, replay, n));
            sweep.sweep();
            long caseCount = QuarkusTransaction.requiringNew().call(() -> cases.count());
            QuarkusTransaction.requiringNew().run(() -> jobs.finish(id, State.SUCCEEDED, caseCount, null, wall.instant()));
            LOG.infof("projection rebuilt: %d records read, %d events applied (%d of the tail), %d cases, %d ms",
                    replay.read + replay.skipped, n.applied.get(), n.tail.get(), caseCount,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } catch (RuntimeException e) {
            LOG.errorf(e, "projection rebuild %s failed; the live projection is unchanged", id);
            QuarkusTransaction.requiringNew().run(() -> {
                shadow.dropShadow();
                jobs.finish(id, State.FAILED, null, e.getMessage() == null ? e.getClass().getName() : e.getMessage(),
                        wall.instant());
            });
        }
    }

    /** The topics up to where they ended when the job began, into the shadow, a chunk per transaction. */
    private void buildShadow(UUID id, TopicReplay replay, Map<TopicPartition, Long> begun, Counters n) {
        int chunkSize = config.rebuild().chunkSize();
        for (List<Consumed> chunk = replay.next(chunkSize, begun); !chunk.isEmpty(); chunk = replay.next(chunkSize, begun)) {
            List<Consumed> events = chunk;
            QuarkusTransaction.requiringNew().timeout(600).run(() -> {
                shadow.use();
                for (Consumed c : events) {
                    if (projection.apply(c.event()).isPresent()) {
                        n.applied.incrementAndGet();
                    }
                }
                em.flush();
                jobs.progress(id, "SHADOW_BUILD", n.of(replay), wall.instant());
            });
        }
    }

    /**
     * Under the exclusive projection lock: the tail as far as the live consumers processed it, the
     * timers whose breach already has an alert marked, and the shadow swapped in.
     */
    private void switchOver(UUID id, TopicReplay replay, Counters n) {
        int chunkSize = config.rebuild().chunkSize();
        projection.lockExclusive();
        Map<TopicPartition, Long> end = replay.endOffsets();
        shadow.use();
        for (List<Consumed> chunk = replay.next(chunkSize, end); !chunk.isEmpty(); chunk = replay.next(chunkSize, end)) {
            Set<UUID> processed = processedByLive(chunk);
            for (Consumed c : chunk) {
                // what the live consumers have not processed yet they apply after the switch
                if (processed.contains(c.event().eventId()) && projection.apply(c.event()).isPresent()) {
                    n.applied.incrementAndGet();
                    n.tail.incrementAndGet();
                }
            }
            em.flush();
            em.clear();
        }
        for (String caseId : timers.markAlertedFromExistingAlerts()) {
            cases.findByIdOptional(caseId).ifPresent(projection::refreshDeadline);
        }
        em.flush();
        em.clear();
        shadow.switchToShadow();
        jobs.progress(id, "SWITCH", n.of(replay), wall.instant());
    }

    private void progress(UUID id, String phase, Progress p) {
        QuarkusTransaction.requiringNew().run(() -> jobs.progress(id, phase, p, wall.instant()));
    }

    @SuppressWarnings("unchecked")
    private Set<UUID> processedByLive(List<Consumed> chunk) {
        List<UUID> ids = chunk.stream().map(c -> c.event().eventId()).toList();
        Set<UUID> processed = new HashSet<>();
        for (Object id : em.createNativeQuery("select event_id from public.inbox_processed_event where event_id in (:ids)")
                .setParameter("ids", ids).getResultList()) {
            processed.add(id instanceof UUID u ? u : UUID.fromString(id.toString()));
        }
        return processed;
    }

    /** Until the live consumer group has committed, on every partition, at least where the rebuild began. */
    private void awaitLiveConsumers(UUID id, Map<TopicPartition, Long> begun, Counters n, TopicReplay replay) {
        long deadline = System.nanoTime() + config.rebuild().waitForLive().toNanos();
        try (Admin admin = Admin.create(kafka.connection())) {
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(LIVE_GROUP)
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                List<TopicPartition> behind = begun.entrySet().stream().filter(e -> e.getValue() > 0)
                        .filter(e -> committed.get(e.getKey()) == null || committed.get(e.getKey()).offset() < e.getValue())
                        .map(Map.Entry::getKey).toList();
                if (behind.isEmpty()) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the live consumers (group " + LIVE_GROUP + ") did not reach where the "
                            + "rebuild began within " + config.rebuild().waitForLive() + " on " + behind);
                }
                progress(id, "WAITING_FOR_LIVE", n.of(replay));
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the live consumers", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the live consumers' offsets: " + e.getMessage(), e);
        }
    }

    private Properties consumerSettings(UUID id) {
        Properties props = kafka.connection();
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "monitoring-rebuild-" + id);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }
}
