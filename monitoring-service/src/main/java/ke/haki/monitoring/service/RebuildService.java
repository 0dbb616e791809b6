package ke.haki.monitoring.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.Topics;
import ke.haki.kit.inbox.TrustedEvents;
import ke.haki.kit.messaging.KafkaClientSettings;
import ke.haki.kit.problem.ProblemException;
import ke.haki.monitoring.api.RebuildJobView;
import ke.haki.monitoring.config.MonitoringConfig;
import ke.haki.monitoring.repository.MonitoredCaseRepository;
import ke.haki.monitoring.repository.RebuildJobStore;
import ke.haki.monitoring.repository.RebuildJobStore.Job;
import ke.haki.monitoring.repository.RebuildJobStore.Progress;
import ke.haki.monitoring.repository.RebuildJobStore.State;
import ke.haki.monitoring.repository.ShadowProjection;
import ke.haki.monitoring.repository.TimerStore;

/**
 * Rebuilds the projection from the topics as a background job, without stopping the monitor:
 * <ol>
 * <li>reads both agency topics from the beginning up to their end when the job began, with a
 * consumer of its own (no group), merged in publication order, into a {@link ShadowProjection}
 * through the same {@link ProjectionService#apply} as the live consumers, a chunk per transaction,
 * while the live tables keep serving and the live consumers keep applying;</li>
 * <li>waits until the live consumers have passed that point (their committed offsets), so the
 * shadow never holds an event the live consumers have yet to judge;</li>
 * <li>in one transaction holding the projection lock exclusively (live consumers pause for it):
 * applies the tail (what was published since) as far as the live consumers have processed it,
 * marks timers and gaps whose breach already has an alert, and swaps the shadow tables in.</li>
 * </ol>
 * Alerts are the NGEC's own records and stay; a sweep afterwards raises only what is new. One
 * rebuild at a time across replicas ({@link RebuildJobStore}). Job times are machine time (the
 * wall clock), not the monitor's injected clock: they measure the job, not a case.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);
    static final String LIVE_GROUP = "monitoring-service";
    private static final List<String> TOPICS = List.of(Topics.NPS_CASE_EVENTS, Topics.ODPP_CASE_EVENTS);

    private final Clock wall = Clock.systemUTC();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "projection-rebuild");
        t.setDaemon(true);
        return t;
    });

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

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /**
     * Starts a rebuild in the background.
     *
     * @throws ProblemException 409 {@code rebuild-running} when one is running
     */
    public RebuildJobView start(String requestedBy) {
        UUID id = UUID.randomUUID();
        Optional<Job> refused = QuarkusTransaction.requiringNew().call(() -> {
            Instant now = wall.instant();
            jobs.running().filter(j -> j.heartbeatAt().isBefore(now.minus(config.rebuild().abandonedAfter())))
                    .ifPresent(j -> jobs.finish(j.id(), State.FAILED, null,
                            "abandoned: no progress since " + j.heartbeatAt() + " (its replica stopped)", now));
            return jobs.insertRunning(id, requestedBy, now) ? Optional.<Job>empty() : jobs.running();
        });
        if (refused.isPresent() || QuarkusTransaction.requiringNew().call(() -> jobs.find(id)).isEmpty()) {
            String running = refused.map(j -> j.id().toString()).orElse("another");
            throw new ProblemException(409, "rebuild-running", "A rebuild is already running",
                    "Rebuild " + running + " is running; one rebuild at a time. Follow it at /api/v1/admin/projection/rebuilds/"
                            + running + ".",
                    null, Map.of("rebuildId", running));
        }
        worker.submit(() -> run(id));
        return find(id).orElseThrow();
    }

    public Optional<RebuildJobView> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.find(id)).map(this::view);
    }

    private RebuildJobView view(Job j) {
        Instant until = j.finishedAt() != null ? j.finishedAt() : wall.instant();
        double seconds = Math.max(0.001, Duration.between(j.startedAt(), until).toMillis() / 1000.0);
        return new RebuildJobView(j.id(), j.state().name(), j.phase(), j.requestedBy(), j.recordsRead(),
                j.eventsApplied(), j.recordsSkipped(), j.tailEvents(), Math.round(j.recordsRead() / seconds * 10) / 10.0,
                j.cases(), j.startedAt(), j.finishedAt(), j.failure());
    }

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
            progress(id, "WAITING_FOR_LIVE", n.of(replay));
            awaitLiveConsumers(id, begun, n, replay);
            progress(id, "SWITCH", n.of(replay));
            QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
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
            });
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
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
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

    /** A trusted event with the time its record carries (when it was published) and its offset. */
    record Consumed(long timestamp, long offset, CaseEvent event) {}

    /**
     * Both agency topics read from the beginning by a consumer of its own, handed out merged:
     * each partition in offset order (which keeps each case's order per producer), across
     * partitions and topics the one published first (the record timestamp), as the live consumers
     * met them. Records that are not trusted events are counted and skipped.
     */
    static final class TopicReplay implements AutoCloseable {

        private static final int BUFFERED = 5000;
        private static final Comparator<Consumed> ORDER = Comparator.comparingLong(Consumed::timestamp)
                .thenComparing(c -> c.event().occurredAt());

        private final KafkaConsumer<String, String> consumer;
        private final List<TopicPartition> partitions = new ArrayList<>();
        private final Map<TopicPartition, ArrayDeque<Consumed>> buffers = new HashMap<>();
        /** Events handed out, and records skipped as not trusted events. */
        long read;
        long skipped;

        TopicReplay(Properties settings) {
            consumer = new KafkaConsumer<>(settings);
            for (String topic : TOPICS) {
                for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                    TopicPartition tp = new TopicPartition(p.topic(), p.partition());
                    partitions.add(tp);
                    buffers.put(tp, new ArrayDeque<>());
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        Map<TopicPartition, Long> endOffsets() {
            return consumer.endOffsets(partitions, Duration.ofSeconds(30));
        }

        /** Up to {@code max} events below {@code end}, in merged order; empty when every partition reached it. */
        List<Consumed> next(int max, Map<TopicPartition, Long> end) {
            List<Consumed> out = new ArrayList<>();
            while (out.size() < max) {
                fill(end);
                TopicPartition first = null;
                for (TopicPartition tp : partitions) {
                    Consumed head = buffers.get(tp).peek();
                    if (head != null && head.offset() < end.get(tp)
                            && (first == null || ORDER.compare(head, buffers.get(first).peek()) < 0)) {
                        first = tp;
                    }
                }
                if (first == null) {
                    break;
                }
                out.add(buffers.get(first).poll());
                read++;
            }
            return out;
        }

        /** Polls until every partition that has records left below {@code end} has one buffered. */
        private void fill(Map<TopicPartition, Long> end) {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(tp -> buffers.get(tp).isEmpty() && consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the topics returned nothing for 2 minutes before their end");
                }
                List<TopicPartition> full = partitions.stream().filter(tp -> buffers.get(tp).size() >= BUFFERED).toList();
                consumer.pause(full);
                consumer.resume(partitions.stream().filter(tp -> !full.contains(tp)).toList());
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    try {
                        buffers.get(tp).add(new Consumed(record.timestamp(), record.offset(), TrustedEvents.read(record)));
                    } catch (RuntimeException e) {
                        LOG.debugf("rebuild skips %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                                e.getMessage());
                        skipped++;
                    }
                }
            }
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
