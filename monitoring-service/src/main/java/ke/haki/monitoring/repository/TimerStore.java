package ke.haki.monitoring.repository;

import static ke.haki.kit.sql.SqlValues.instant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import ke.haki.contract.Agency;

/**
 * The projection's small tables: suspects' relationships and ages, arrest timers, sequence gaps
 * and court sittings. A batch of events reads them for all its cases at once ({@link #loadFor}, a
 * statement per table) and writes back what it changed at once ({@link #save}, a JDBC batch per
 * table); the sweep reads and marks one case's timers.
 */
@ApplicationScoped
public class TimerStore {

    public record ArrestTimer(String suspectRef, Instant arrestedAt, Instant dueBy, Instant arraignedAt,
            Instant releasedAt, boolean alerted) {}

    public record Gap(Agency agency, long missingSequence, Instant graceUntil, boolean filled, boolean alerted) {}

    @Inject
    EntityManager em;

    /** Reads each row-set with {@code rs}; what changed in a batch is written by {@link #save}. */
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Binds one row's parameters (but the case id, parameter 1) for a JDBC batch. */
    private interface RowWriter<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    /** The suspects, arrest timers and sequence gaps of the cases, in three statements; a case without any is empty. */
    public Map<String, CaseTimers> loadFor(Collection<String> caseIds) {
        Map<String, CaseTimers> byCase = new HashMap<>();
        caseIds.forEach(id -> byCase.put(id, new CaseTimers(id)));
        em.unwrap(Session.class).doWork(connection -> {
            Object ids = connection.createArrayOf("varchar", caseIds.toArray());
            select(connection, "select case_id, suspect_ref, relationship, age_years from case_suspect where case_id = any(?)",
                    ids, rs -> byCase.get(rs.getString(1)).suspects.put(rs.getString(2),
                            new CaseTimers.Suspect(rs.getString(2), rs.getString(3), rs.getObject(4, Integer.class))));
            select(connection, """
                    select case_id, suspect_ref, arrested_at, due_by, arraigned_at, released_at, alerted from arrest_timer
                    where case_id = any(?)""", ids, rs -> byCase.get(rs.getString(1)).arrests.put(rs.getString(2),
                            new ArrestTimer(rs.getString(2), at(rs, 3), at(rs, 4), at(rs, 5), at(rs, 6), rs.getBoolean(7))));
            select(connection, """
                    select case_id, agency, missing_sequence, grace_until, filled, alerted from sequence_gap
                    where case_id = any(?)""", ids, rs -> {
                Gap g = new Gap(Agency.valueOf(rs.getString(2)), rs.getLong(3), at(rs, 4), rs.getBoolean(5), rs.getBoolean(6));
                byCase.get(rs.getString(1)).gaps.put(new CaseTimers.GapKey(g.agency(), g.missingSequence()), g);
            });
        });
        return byCase;
    }

    /** Writes back what the batch changed: a JDBC batch of upserts per table (court sittings inserted once per event). */
    public void save(Collection<CaseTimers> all) {
        em.unwrap(Session.class).doWork(connection -> {
            saveSuspectsAndArrests(connection, all);
            saveGapsAndSittings(connection, all);
        });
    }

    private static void saveSuspectsAndArrests(Connection connection, Collection<CaseTimers> all) throws SQLException {
        write(connection, """
                insert into case_suspect (case_id, suspect_ref, relationship, age_years) values (?, ?, ?, ?)
                on conflict (case_id, suspect_ref) do update set relationship = excluded.relationship,
                    age_years = excluded.age_years""", all,
                c -> c.changedSuspects.stream().map(c.suspects::get).toList(), (ps, s) -> {
                    ps.setString(2, s.suspectRef());
                    ps.setString(3, s.relationship());
                    ps.setObject(4, s.ageYears(), Types.INTEGER);
                });
        write(connection, """
                insert into arrest_timer (case_id, suspect_ref, arrested_at, due_by, arraigned_at, released_at, alerted)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (case_id, suspect_ref) do update set arrested_at = excluded.arrested_at,
                    due_by = excluded.due_by, arraigned_at = excluded.arraigned_at,
                    released_at = excluded.released_at, alerted = excluded.alerted""", all,
                c -> c.changedArrests.stream().map(c.arrests::get).toList(), (ps, t) -> {
                    ps.setString(2, t.suspectRef());
                    ps.setObject(3, ts(t.arrestedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(4, ts(t.dueBy()), Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(5, ts(t.arraignedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(6, ts(t.releasedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setBoolean(7, t.alerted());
                });
    }

    private static void saveGapsAndSittings(Connection connection, Collection<CaseTimers> all) throws SQLException {
        write(connection, """
                insert into sequence_gap (case_id, agency, missing_sequence, grace_until, filled, alerted)
                values (?, ?, ?, ?, ?, ?)
                on conflict (case_id, agency, missing_sequence) do update set grace_until = excluded.grace_until,
                    filled = excluded.filled, alerted = excluded.alerted""", all,
                c -> c.changedGaps.stream().map(c.gaps::get).toList(), (ps, g) -> {
                    ps.setString(2, g.agency().name());
                    ps.setLong(3, g.missingSequence());
                    ps.setObject(4, ts(g.graceUntil()), Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setBoolean(5, g.filled());
                    ps.setBoolean(6, g.alerted());
                });
        write(connection, """
                insert into court_sitting (case_id, event_id, sitting_kind, sitting_date, adjourned, adjournment_reason,
                    next_date) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", all, c -> c.sittings, (ps, s) -> {
                    ps.setObject(2, s.eventId());
                    ps.setString(3, s.kind());
                    ps.setObject(4, s.date(), Types.DATE);
                    ps.setBoolean(5, s.adjourned());
                    ps.setString(6, s.adjournmentReason());
                    ps.setObject(7, s.nextDate(), Types.DATE);
                });
    }

    /** One JDBC batch of {@code sql} over the rows {@code rows} picks from each case; parameter 1 is the case id. */
    private static <T> void write(Connection connection, String sql, Collection<CaseTimers> all,
            Function<CaseTimers, List<T>> rows, RowWriter<T> writer) throws SQLException {
        PreparedStatement ps = null;
        try {
            for (CaseTimers c : all) {
                for (T row : rows.apply(c)) {
                    if (ps == null) {
                        ps = connection.prepareStatement(sql);
                    }
                    ps.setString(1, c.caseId);
                    writer.bind(ps, row);
                    ps.addBatch();
                }
            }
            if (ps != null) {
                ps.executeBatch();
            }
        } finally {
            if (ps != null) {
                ps.close();
            }
        }
    }

    private static void select(Connection connection, String sql, Object ids, RowReader reader) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setObject(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    private static Instant at(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static ArrestTimer arrestTimer(Object[] r) {
        return new ArrestTimer((String) r[0], instant(r[1]), instant(r[2]), instant(r[3]), instant(r[4]), (Boolean) r[5]);
    }

    public void markArrestAlerted(String caseId, String suspectRef) {
        em.createNativeQuery("update arrest_timer set alerted = true where case_id = ?1 and suspect_ref = ?2")
                .setParameter(1, caseId).setParameter(2, suspectRef).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<ArrestTimer> runningArrestTimers(String caseId) {
        List<Object[]> rows = em.createNativeQuery("""
                select suspect_ref, arrested_at, due_by, arraigned_at, released_at, alerted from arrest_timer
                where case_id = ?1 and arraigned_at is null and released_at is null and not alerted order by due_by""")
                .setParameter(1, caseId).getResultList();
        return rows.stream().map(TimerStore::arrestTimer).toList();
    }

    public void markGapAlerted(String caseId, Agency agency, long missing) {
        em.createNativeQuery("""
                update sequence_gap set alerted = true where case_id = ?1 and agency = ?2 and missing_sequence = ?3""")
                .setParameter(1, caseId).setParameter(2, agency.name()).setParameter(3, missing).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Gap> waitingGaps(String caseId) {
        List<Object[]> rows = em.createNativeQuery("""
                select agency, missing_sequence, grace_until, filled, alerted from sequence_gap
                where case_id = ?1 and not filled and not alerted order by grace_until""")
                .setParameter(1, caseId).getResultList();
        return rows.stream().map(r -> new Gap(Agency.valueOf((String) r[0]), ((Number) r[1]).longValue(),
                instant(r[2]), (Boolean) r[3], (Boolean) r[4])).toList();
    }

    /**
     * After a rebuild: timers and gaps whose breach already has an alert are marked as alerted,
     * as the live projection marked them when it raised the alert.
     *
     * @return the cases changed (their next deadline is to be computed again)
     */
    @SuppressWarnings("unchecked")
    public java.util.Set<String> markAlertedFromExistingAlerts() {
        java.util.Set<String> changed = new java.util.HashSet<>();
        changed.addAll(em.createNativeQuery("""
                update arrest_timer t set alerted = true where not t.alerted and exists (select 1 from alert a
                where a.case_id = t.case_id and a.alert_type = 'ARRAIGNMENT_OVERDUE'
                  and a.breach_key = 'arraignment:' || t.suspect_ref) returning t.case_id""").getResultList());
        changed.addAll(em.createNativeQuery("""
                update sequence_gap g set alerted = true where not g.alerted and exists (select 1 from alert a
                where a.case_id = g.case_id and a.alert_type = 'EVENT_SEQUENCE_GAP'
                  and a.breach_key = 'gap:' || g.agency || ':' || g.missing_sequence) returning g.case_id""").getResultList());
        return changed;
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
