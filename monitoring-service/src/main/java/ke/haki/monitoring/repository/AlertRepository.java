package ke.haki.monitoring.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import ke.haki.contract.ngec.AlertStatusChanged.AlertStatus;
import ke.haki.contract.ngec.AlertType;
import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.monitoring.domain.AlertDecision;
import ke.haki.monitoring.domain.AlertLifecycle;

@ApplicationScoped
public class AlertRepository implements PanacheRepositoryBase<AlertEntity, UUID> {

    /** Filters of an alert listing; null means "any". {@code raisedBefore} selects alerts at least that old. */
    public record AlertFilter(AlertType type, String countyCode, String stationCode, AlertStatus status,
            Instant raisedBefore) {}

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

    public Page<AlertEntity> search(AlertFilter filter, PageRequest pageRequest) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.type() != null) {
            clauses.add("alertType = :type");
            params.put("type", filter.type());
        }
        if (filter.countyCode() != null) {
            clauses.add("countyCode = :county");
            params.put("county", filter.countyCode());
        }
        if (filter.stationCode() != null) {
            clauses.add("stationCode = :station");
            params.put("station", filter.stationCode());
        }
        if (filter.status() != null) {
            clauses.add("status = :status");
            params.put("status", filter.status());
        }
        if (filter.raisedBefore() != null) {
            clauses.add("raisedAt <= :before");
            params.put("before", filter.raisedBefore());
        }
        String query = clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
        var panacheQuery = find(query, Sort.ascending("raisedAt").and("alertId"), params)
                .page(io.quarkus.panache.common.Page.of(pageRequest.page(), pageRequest.size()));
        return Page.of(panacheQuery.list(), pageRequest, panacheQuery.count());
    }
}
