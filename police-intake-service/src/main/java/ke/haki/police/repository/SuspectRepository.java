package ke.haki.police.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SuspectRepository implements PanacheRepository<SuspectEntity> {

    public List<SuspectEntity> ofCase(String caseId) {
        return list("caseId", Sort.by("id"), caseId);
    }

    public Optional<SuspectEntity> find(String caseId, String suspectRef) {
        return find("caseId = ?1 and suspectRef = ?2", caseId, suspectRef).firstResultOptional();
    }

    public long countOfCase(String caseId) {
        return count("caseId", caseId);
    }
}
