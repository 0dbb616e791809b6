package ke.haki.monitoring.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.query.NativeQuery;

/**
 * The narrow {@code case_deadline} table (V7_20): one row per case with a deadline, the sweep's
 * only way in. The sweep claims due rows here and loads only those cases, so its cost follows the
 * number of due cases, not all cases. bench/sweep (at the repository root) reads
 * {@link #CLAIM_DUE}, {@link #LOCK_CASES}, {@link #UPSERT} and {@link #DELETE} from this file
 * and runs exactly these statements.
 */
@ApplicationScoped
public class CaseDeadlineRepository {

    /** Due cases in deadline order through {@code case_deadline_due}; rows another sweep holds are skipped. */
    public static final String CLAIM_DUE = """
            select case_id from case_deadline
            where due_at <= ?1
            order by due_at
            limit ?2
            for update skip locked""";

    /**
     * The claimed cases' rows, locked: a case whose event is being applied right now is skipped
     * (its consumer refreshes the deadline; the next sweep sees it). Never waits, so a sweep and a
     * consumer cannot deadlock on the narrow and the wide row.
     */
    public static final String LOCK_CASES = """
            select case_id from monitored_case
            where case_id = any(?1)
            for update skip locked""";

    /** The case's deadline row as refreshDeadline computed it; an unchanged row is left as it is. */
    public static final String UPSERT = """
            insert into case_deadline (case_id, due_at, kind, quiet_due_at)
            values (?1, ?2, ?3, cast(?4 as timestamptz))
            on conflict (case_id) do update
            set due_at = excluded.due_at, kind = excluded.kind, quiet_due_at = excluded.quiet_due_at
            where (case_deadline.due_at, case_deadline.kind, case_deadline.quiet_due_at)
                is distinct from (excluded.due_at, excluded.kind, excluded.quiet_due_at)""";

    /** A case without a deadline (judgment given, closed, everything raised) has no row. */
    public static final String DELETE = "delete from case_deadline where case_id = ?1";

    @Inject
    EntityManager em;

    @Inject
    MonitoredCaseRepository cases;

    /** Locks up to {@code limit} due deadline rows (skipping those another sweep holds) and returns their cases' ids. */
    @SuppressWarnings("unchecked")
    public List<String> claimDue(Instant now, int limit) {
        return em.createNativeQuery(CLAIM_DUE).setParameter(1, timestamp(now)).setParameter(2, limit).getResultList();
    }

    /** The claimed cases that no other transaction holds, locked and loaded (with their deadlines). */
    @SuppressWarnings("unchecked")
    public List<MonitoredCaseEntity> lockCases(List<String> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        List<String> locked = em.createNativeQuery(LOCK_CASES).setParameter(1, caseIds.toArray(String[]::new))
                .getResultList();
        return locked.isEmpty() ? List.of() : cases.list("caseId in ?1", locked);
    }

    /** Writes the case's deadline row from its fields: its next deadline, or no row when it has none. */
    public void write(MonitoredCaseEntity c) {
        if (c.nextDeadlineAt == null) {
            statement(DELETE).setParameter(1, c.caseId).executeUpdate();
        } else {
            statement(UPSERT).setParameter(1, c.caseId).setParameter(2, timestamp(c.nextDeadlineAt))
                    .setParameter(3, c.deadlineKind).setParameter(4, timestamp(c.quietDueAt)).executeUpdate();
        }
    }

    /** How many cases are due now (the alert backlog's gauge). */
    public long countDue(Instant now) {
        return ((Number) em.createNativeQuery("select count(*) from case_deadline where due_at <= ?1")
                .setParameter(1, timestamp(now)).getSingleResult()).longValue();
    }

    /** A native statement on case_deadline only: it does not make Hibernate flush the case's pending changes first. */
    private Query statement(String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class).addSynchronizedQuerySpace("case_deadline");
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
