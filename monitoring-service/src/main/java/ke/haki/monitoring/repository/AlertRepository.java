package ke.haki.monitoring.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import ke.haki.contract.ngec.AlertStatusChanged.AlertStatus;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;
import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.monitoring.api.AlertCounts;
import ke.haki.monitoring.api.AlertFilter;
import ke.haki.monitoring.domain.AlertDecision;
import ke.haki.monitoring.domain.AlertLifecycle;
import ke.haki.monitoring.repository.AlertQuery.Facet;

@ApplicationScoped
public class AlertRepository implements PanacheRepositoryBase<AlertEntity, UUID> {

    /**
     * Inserts the alert unless the same breach of the same case was raised before (the unique key
     * case + type + breach key), whatever that alert's status now.
     *
     * @return true when inserted now
     */
    public boolean insertOnce(UUID alertId, MonitoredCaseEntity c, AlertDecision d, Instant now) {
        int inserted = getEntityManager().createNativeQuery("""
                insert into alert (alert_id, case_id, alert_type, breach_key, severity, stage, county_code,
                    station_code, reason, rule, due_at, status, raised_at, updated_at, version)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'OPEN', ?12, ?12, 0)
                on conflict (case_id, alert_type, breach_key) do nothing""")
                .setParameter(1, alertId)
                .setParameter(2, c.caseId)
                .setParameter(3, d.type().name())
                .setParameter(4, d.breachKey())
                .setParameter(5, d.severity().name())
                .setParameter(6, c.stage == null ? null : c.stage.name())
                .setParameter(7, c.countyCode)
                .setParameter(8, c.stationCode)
                .setParameter(9, d.reason().length() > 1000 ? d.reason().substring(0, 1000) : d.reason())
                .setParameter(10, d.rule())
                .setParameter(11, d.dueAt() == null ? null : OffsetDateTime.ofInstant(d.dueAt(), ZoneOffset.UTC))
                .setParameter(12, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
        return inserted == 1;
    }

    /** Keeps the trace the alert was raised in; nothing to keep outside a trace. */
    public void recordTrace(UUID alertId, String traceId) {
        if (traceId != null) {
            getEntityManager().createNativeQuery("update alert set trace_id = ?1 where alert_id = ?2")
                    .setParameter(1, traceId).setParameter(2, alertId).executeUpdate();
        }
    }

    public List<AlertEntity> active(String caseId, AlertType type) {
        return list("caseId = ?1 and alertType = ?2 and status in ?3", caseId, type, AlertLifecycle.ACTIVE);
    }

    public List<AlertEntity> active(String caseId, AlertType type, String breachKey) {
        return list("caseId = ?1 and alertType = ?2 and breachKey = ?3 and status in ?4", caseId, type, breachKey,
                AlertLifecycle.ACTIVE);
    }

    public List<AlertEntity> forCase(String caseId) {
        return list("caseId", Sort.ascending("raisedAt").and("alertType"), caseId);
    }

    /** One page of the filtered alerts in queue order (see {@link AlertQuery}), with the total. */
    @SuppressWarnings("unchecked")
    public Page<AlertEntity> search(AlertFilter filter, PageRequest pageRequest) {
        AlertQuery query = new AlertQuery(filter);
        List<AlertEntity> items = query.bind(getEntityManager()
                .createNativeQuery("select * from alert" + query.where() + query.orderBy(), AlertEntity.class))
                .setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) pageRequest.page() * pageRequest.size()))
                .setMaxResults(pageRequest.size())
                .getResultList();
        long total = ((Number) query.bind(getEntityManager()
                .createNativeQuery("select count(*) from alert" + query.where())).getSingleResult()).longValue();
        return Page.of(items, pageRequest, total);
    }

    /**
     * How many alerts each value of type, status and severity would list, in one grouped query:
     * each count applies every filter but its own (the counts of the status choices ignore the
     * status filter), and the scope always.
     */
    public AlertCounts counts(AlertFilter filter) {
        AlertQuery query = new AlertQuery(filter);
        String sql = "select alert_type, status, severity,"
                + " count(*) filter (where " + query.facet(Facet.STATUS) + " and " + query.facet(Facet.SEVERITY) + "),"
                + " count(*) filter (where " + query.facet(Facet.TYPE) + " and " + query.facet(Facet.SEVERITY) + "),"
                + " count(*) filter (where " + query.facet(Facet.TYPE) + " and " + query.facet(Facet.STATUS) + ")"
                + " from alert" + query.whereAlways()
                + " group by grouping sets ((alert_type), (status), (severity))";
        Map<AlertType, Long> byType = zeros(AlertType.class);
        Map<AlertStatus, Long> byStatus = zeros(AlertStatus.class);
        Map<Severity, Long> bySeverity = zeros(Severity.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.bind(getEntityManager().createNativeQuery(sql)).getResultList();
        for (Object[] row : rows) {
            if (row[0] != null) {
                byType.put(AlertType.valueOf((String) row[0]), ((Number) row[3]).longValue());
            } else if (row[1] != null) {
                byStatus.put(AlertStatus.valueOf((String) row[1]), ((Number) row[4]).longValue());
            } else if (row[2] != null) {
                bySeverity.put(Severity.valueOf((String) row[2]), ((Number) row[5]).longValue());
            }
        }
        return new AlertCounts(byType, byStatus, bySeverity);
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        return counts;
    }
}
