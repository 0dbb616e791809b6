package ke.haki.kit.outbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The relay's queries on {@code outbox_event}, each in the caller's transaction. */
@ApplicationScoped
class OutboxRows {

    /** One row on its way out: {@code traceParent} is the trace of the call that wrote it, or null. */
    record Row(long id, String caseId, String topic, String eventJson, String traceParent) {}

    @Inject
    EntityManager em;

    /** Takes the relay's advisory lock for this transaction; false when another relay holds it. */
    boolean lead() {
        Boolean leader = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, OutboxRelay.ADVISORY_LOCK_KEY).getSingleResult();
        return Boolean.TRUE.equals(leader);
    }

    /** The next unpublished rows in id order; rows after a quarantined row of their own case are held. */
    List<Row> next(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select o.id, o.case_id, o.topic, o.event_json, o.trace_parent from outbox_event o
                where o.published_at is null and o.quarantined_at is null
                  and not exists (select 1 from outbox_event q
                                  where q.case_id = o.case_id and q.id < o.id
                                    and q.quarantined_at is not null and q.published_at is null)
                order by o.id limit ?1""")
                .setParameter(1, limit)
                .getResultList();
        return rows.stream().map(r -> new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4])).toList();
    }

    void markPublished(List<Long> ids, Instant at) {
        em.createNativeQuery("update outbox_event set published_at = ?1 where id in (?2)")
                .setParameter(1, utc(at))
                .setParameter(2, ids)
                .executeUpdate();
    }

    void quarantine(long id, String reason, Instant at) {
        em.createNativeQuery("""
                update outbox_event set quarantined_at = ?1, quarantine_reason = ?2, attempts = attempts + 1, last_error = ?2
                where id = ?3""")
                .setParameter(1, utc(at))
                .setParameter(2, reason)
                .setParameter(3, id)
                .executeUpdate();
    }

    void recordFailure(long id, String error) {
        em.createNativeQuery("update outbox_event set attempts = attempts + 1, last_error = ?1 where id = ?2")
                .setParameter(1, error)
                .setParameter(2, id)
                .executeUpdate();
    }

    long countUnpublished() {
        return ((Number) em.createNativeQuery("select count(*) from outbox_event where published_at is null")
                .getSingleResult()).longValue();
    }

    void deletePublishedBefore(Instant before) {
        em.createNativeQuery("delete from outbox_event where published_at is not null and published_at < ?1")
                .setParameter(1, utc(before))
                .executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
