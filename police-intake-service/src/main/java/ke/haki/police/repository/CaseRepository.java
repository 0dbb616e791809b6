package ke.haki.police.repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import ke.haki.kit.paging.Filters;
import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.police.api.CaseFilter;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<PoliceCaseEntity, String> {

    public Optional<PoliceCaseEntity> findForUpdate(String caseId) {
        return findByIdOptional(caseId, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean obNumberTaken(String stationCode, String obNumber) {
        return count("stationCode = ?1 and obNumber = ?2", stationCode, obNumber) > 0;
    }

    public Page<PoliceCaseEntity> search(CaseFilter filter, PageRequest pageRequest) {
        return Filters.where().equal("countyCode", filter.countyCode()).equal("stationCode", filter.stationCode())
                .equal("status", filter.status()).from("reportedAt", filter.reportedFrom())
                .before("reportedAt", filter.reportedTo())
                .page(this, Sort.descending("reportedAt").and("caseId"), pageRequest);
    }

    /** The suspects and medical forms of each of a page of cases, in one query. */
    public Map<String, CaseCounts> counts(List<String> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("""
                select c.caseId,
                       (select count(s) from SuspectEntity s where s.caseId = c.caseId),
                       (select count(e) from MedicalEvidenceEntity e where e.caseId = c.caseId)
                from PoliceCaseEntity c where c.caseId in :ids""", Object[].class)
                .setParameter("ids", caseIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0],
                        row -> new CaseCounts(((Number) row[1]).intValue(), ((Number) row[2]).intValue())));
    }
}
