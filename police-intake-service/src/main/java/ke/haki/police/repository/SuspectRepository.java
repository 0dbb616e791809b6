package ke.haki.police.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SuspectRepository implements PanacheRepository<SuspectEntity> {

    public List<SuspectEntity> ofCase(String caseId) {
        return list("caseId", Sort.by("id"), caseId);
    }
}
