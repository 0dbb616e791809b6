package ke.haki.monitoring.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ke.haki.kit.sql.SqlValues;

/** The rows of {@code projection_rebuild}: one per rebuild job, with its progress. */
@ApplicationScoped
public class RebuildJobStore {

    public enum State {
        RUNNING, SUCCEEDED, FAILED
    }

    public record Job(UUID id, State state, String phase, String requestedBy, Instant startedAt, Instant finishedAt,
            Instant heartbeatAt, long recordsRead, long eventsApplied, long recordsSkipped, long tailEvents, Long cases,
            String failure) {}

    public record Progress(long recordsRead, long eventsApplied, long recordsSkipped, long tailEvents) {}

    @Inject
    EntityManager em;

    public Optional<Job> running() {
        return select("where state = 'RUNNING'", null).stream().findFirst();
    }

    public Optional<Job> find(UUID id) {
        return select("where rebuild_id = ?1", id).stream().findFirst();
    }

    /** @return false when another rebuild is running (the unique index refused the row) */
    public boolean insertRunning(UUID id, String requestedBy, Instant now) {
        return em.createNativeQuery("""
                insert into projection_rebuild (rebuild_id, state, requested_by, started_at, heartbeat_at, phase)
                values (?1, 'RUNNING', ?2, ?3, ?3, 'SHADOW_BUILD') on conflict do nothing""")
                .setParameter(1, id).setParameter(2, requestedBy).setParameter(3, ts(now)).executeUpdate() == 1;
    }

    public void progress(UUID id, String phase, Progress p, Instant now) {
        em.createNativeQuery("""
                update projection_rebuild set phase = ?2, records_read = ?3, events_applied = ?4, records_skipped = ?5,
                    tail_events = ?6, heartbeat_at = ?7 where rebuild_id = ?1 and state = 'RUNNING'""")
                .setParameter(1, id).setParameter(2, phase).setParameter(3, p.recordsRead())
                .setParameter(4, p.eventsApplied()).setParameter(5, p.recordsSkipped()).setParameter(6, p.tailEvents())
                .setParameter(7, ts(now)).executeUpdate();
    }

    public void finish(UUID id, State state, Long cases, String failure, Instant now) {
        em.createNativeQuery("""
                update projection_rebuild set state = ?2, phase = 'DONE', cases = ?3, failure = ?4, finished_at = ?5,
                    heartbeat_at = ?5 where rebuild_id = ?1 and state = 'RUNNING'""")
                .setParameter(1, id).setParameter(2, state.name()).setParameter(3, cases)
                .setParameter(4, failure == null ? null : failure.substring(0, Math.min(failure.length(), 1000)))
                .setParameter(5, ts(now)).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Job> select(String where, Object parameter) {
        var query = em.createNativeQuery("""
                select rebuild_id, state, phase, requested_by, started_at, finished_at, heartbeat_at, records_read,
                    events_applied, records_skipped, tail_events, cases, failure from public.projection_rebuild
                """ + where);
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new Job(
                r[0] instanceof UUID u ? u : UUID.fromString(r[0].toString()), State.valueOf((String) r[1]), (String) r[2],
                (String) r[3], SqlValues.instant(r[4]), SqlValues.instant(r[5]), SqlValues.instant(r[6]),
                ((Number) r[7]).longValue(), ((Number) r[8]).longValue(), ((Number) r[9]).longValue(),
                ((Number) r[10]).longValue(), r[11] == null ? null : ((Number) r[11]).longValue(), (String) r[12])).toList();
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
