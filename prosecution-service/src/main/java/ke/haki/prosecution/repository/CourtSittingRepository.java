package ke.haki.prosecution.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CourtSittingRepository implements PanacheRepository<CourtSittingEntity> {

    public List<CourtSittingEntity> ofCase(String caseId) {
        return list("caseId", Sort.by("sittingDate").and("id"), caseId);
    }
}
