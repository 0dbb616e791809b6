package ke.haki.monitoring.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import ke.haki.kit.paging.Filters;
import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.monitoring.api.CaseFilter;

@ApplicationScoped
public class MonitoredCaseRepository implements PanacheRepositoryBase<MonitoredCaseEntity, String> {

    /**
     * The sweep's query: due cases in deadline order, read through the partial index on
     * {@code next_deadline_at}, so its cost follows the number of due cases. Rows another sweep
     * holds are skipped. bench/sweep (at the repository root) runs exactly this statement.
     */
    public static final String DUE_QUERY = """
            select case_id from monitored_case
            where next_deadline_at <= ?1
            order by next_deadline_at
            limit ?2
            for update skip locked""";

    public Optional<MonitoredCaseEntity> findForUpdate(String caseId) {
        return findByIdOptional(caseId, LockModeType.PESSIMISTIC_WRITE);
    }

    @SuppressWarnings("unchecked")
    public List<String> lockDue(Instant now, int limit) {
        return getEntityManager().createNativeQuery(DUE_QUERY)
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, limit)
                .getResultList();
    }

    public Page<MonitoredCaseEntity> search(CaseFilter filter, PageRequest pageRequest) {
        return Filters.where().equal("countyCode", filter.countyCode()).equal("stationCode", filter.stationCode())
                .equal("stage", filter.stage())
                .page(this, Sort.descending("lastEventAt").and("caseId"), pageRequest);
    }
}
