package ke.haki.monitoring.repository;

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

    public Optional<MonitoredCaseEntity> findForUpdate(String caseId) {
        return findByIdOptional(caseId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Page<MonitoredCaseEntity> search(CaseFilter filter, PageRequest pageRequest) {
        return Filters.where().equal("countyCode", filter.countyCode()).equal("stationCode", filter.stationCode())
                .equal("stage", filter.stage())
                .page(this, Sort.descending("lastEventAt").and("caseId"), pageRequest);
    }
}
