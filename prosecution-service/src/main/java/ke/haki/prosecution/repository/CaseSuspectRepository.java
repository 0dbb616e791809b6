package ke.haki.prosecution.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CaseSuspectRepository implements PanacheRepository<CaseSuspectEntity> {

    public List<CaseSuspectEntity> ofCase(String caseId) {
        return list("caseId", Sort.by("id"), caseId);
    }

    /** The suspects of several cases in one query, each case's in their order. */
    public List<CaseSuspectEntity> ofCases(Collection<String> caseIds) {
        return caseIds.isEmpty() ? List.of() : list("caseId in ?1", Sort.by("id"), caseIds);
    }

    public Optional<CaseSuspectEntity> find(String caseId, String suspectRef) {
        return find("caseId = ?1 and suspectRef = ?2", caseId, suspectRef).firstResultOptional();
    }
}
