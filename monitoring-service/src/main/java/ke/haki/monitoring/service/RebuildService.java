package ke.haki.monitoring.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ke.haki.kit.problem.ProblemException;
import ke.haki.monitoring.api.RebuildJobView;
import ke.haki.monitoring.config.MonitoringConfig;
import ke.haki.monitoring.repository.RebuildJobStore;
import ke.haki.monitoring.repository.RebuildJobStore.Job;
import ke.haki.monitoring.repository.RebuildJobStore.State;
import ke.haki.monitoring.repository.ShadowProjection;

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
 * wall clock), not the monitor's injected clock: they measure the job, not a case. This class
 * answers the HTTP side (start, read); {@link RebuildRunner} does the job on a thread of its own.
 */
@ApplicationScoped
public class RebuildService {

    private final Clock wall = Clock.systemUTC();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "projection-rebuild");
        t.setDaemon(true);
        return t;
    });

    @Inject
    RebuildRunner runner;

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
        worker.submit(() -> runner.run(id));
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
}
