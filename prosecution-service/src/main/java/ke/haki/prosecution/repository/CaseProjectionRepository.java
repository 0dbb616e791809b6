package ke.haki.prosecution.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CaseProjectionRepository implements PanacheRepositoryBase<CaseProjectionEntity, String> {

    /** The projections of several cases in one query. */
    public List<CaseProjectionEntity> ofCases(Collection<String> caseIds) {
        return caseIds.isEmpty() ? List.of() : list("caseId in ?1", caseIds);
    }

    /** The projections of several cases in one query, locked (in case id order, so two takers cannot deadlock). */
    public List<CaseProjectionEntity> lockCases(Collection<String> caseIds) {
        return caseIds.isEmpty() ? List.of()
                : find("caseId in ?1", Sort.by("caseId"), caseIds).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public Optional<CaseProjectionEntity> findForUpdate(String caseId) {
        return findByIdOptional(caseId, LockModeType.PESSIMISTIC_WRITE);
    }
}
