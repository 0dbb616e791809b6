package ke.haki.police.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class InvestigationRepository implements PanacheRepository<InvestigationUpdateEntity> {

    public List<InvestigationUpdateEntity> ofCase(String caseId) {
        return list("caseId", Sort.by("id"), caseId);
    }
}
