package ke.haki.kit.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ke.haki.kit.sql.CachedReading;
import ke.haki.kit.sql.SqlValues;

/**
 * What waits in the outbox, read in one query and kept for a second, for the metrics and the
 * degraded health check: an outage shows as age, a poisoned row as quarantined and held rows.
 */
@ApplicationScoped
public class OutboxBacklog {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    private final CachedReading<Snapshot> cached = new CachedReading<>(Duration.ofSeconds(1), this::read);

    /**
     * @param pending unpublished rows (all of them, as the {@code haki.outbox.pending} gauge counts)
     * @param quarantined rows set aside until an operator releases them
     * @param held rows waiting behind a quarantined row of their case
     * @param oldestPendingAge age of the oldest unpublished row that is free to flow; zero if none
     * @param readable false when the database could not be read (the numbers are then -1 / zero)
     */
    public record Snapshot(long pending, long quarantined, long held, Duration oldestPendingAge, boolean readable) {}

    public Snapshot snapshot() {
        return cached.get();
    }

    private Snapshot read() {
        try {
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                    select count(*),
                           count(*) filter (where o.quarantined_at is not null),
                           count(*) filter (where o.quarantined_at is null and q.first_id is not null),
                           min(o.created_at) filter (where o.quarantined_at is null and q.first_id is null)
                    from outbox_event o
                    left join (select case_id, min(id) as first_id from outbox_event
                               where quarantined_at is not null and published_at is null
                               group by case_id) q on q.case_id = o.case_id and q.first_id < o.id
                    where o.published_at is null""").getSingleResult());
            Instant oldest = SqlValues.instant(row[3]);
            Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant());
            return new Snapshot(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(), age.isNegative() ? Duration.ZERO : age, true);
        } catch (RuntimeException e) {
            return new Snapshot(-1, -1, -1, Duration.ZERO, false);
        }
    }
}
