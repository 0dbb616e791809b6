package ke.haki.police.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

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
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
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
        if (filter.reportedFrom() != null) {
            clauses.add("reportedAt >= :from");
            params.put("from", filter.reportedFrom());
        }
        if (filter.reportedTo() != null) {
            clauses.add("reportedAt < :to");
            params.put("to", filter.reportedTo());
        }
        String query = clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
        var panacheQuery = find(query, Sort.descending("reportedAt").and("caseId"), params)
                .page(io.quarkus.panache.common.Page.of(pageRequest.page(), pageRequest.size()));
        return Page.of(panacheQuery.list(), pageRequest, panacheQuery.count());
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
