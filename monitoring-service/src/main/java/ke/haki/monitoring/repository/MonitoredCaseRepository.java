package ke.haki.monitoring.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    public Optional<MonitoredCaseEntity> findForUpdate(String caseId) {
        return findByIdOptional(caseId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * A batch's cases, each row created empty where it did not exist, all locked for update in
     * case id order (two batches that share cases wait for each other, never deadlock).
     *
     * @return the cases by id, and which of them this call created
     */
    @SuppressWarnings("unchecked")
    public Locked lockAll(Collection<String> caseIds) {
        Set<String> created = new HashSet<>(getEntityManager().createNativeQuery("""
                insert into monitored_case (case_id) select unnest(cast(?1 as varchar[])) on conflict do nothing
                returning case_id""").setParameter(1, caseIds.toArray(String[]::new)).getResultList());
        Map<String, MonitoredCaseEntity> byId = new HashMap<>();
        getEntityManager().createQuery("from MonitoredCaseEntity where caseId in :ids order by caseId", MonitoredCaseEntity.class)
                .setParameter("ids", caseIds).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                .forEach(c -> byId.put(c.caseId, c));
        return new Locked(byId, created);
    }

    /** @param created the ids of the cases whose (empty) row was created by {@link #lockAll} */
    public record Locked(Map<String, MonitoredCaseEntity> cases, Set<String> created) {}

    /** Removes rows {@link #lockAll} created for cases no event was applied to. */
    public void deleteUnused(Collection<String> caseIds) {
        if (!caseIds.isEmpty()) {
            getEntityManager().createNativeQuery("delete from monitored_case where case_id = any(cast(?1 as varchar[]))")
                    .setParameter(1, caseIds.toArray(String[]::new)).executeUpdate();
        }
    }

    public Page<MonitoredCaseEntity> search(CaseFilter filter, PageRequest pageRequest) {
        return Filters.where().equal("countyCode", filter.countyCode()).equal("stationCode", filter.stationCode())
                .equal("stage", filter.stage())
                .page(this, Sort.descending("lastEventAt").and("caseId"), pageRequest);
    }
}
