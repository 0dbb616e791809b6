package ke.haki.prosecution.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TimelineRepository implements PanacheRepository<TimelineEntryEntity> {

    public List<TimelineEntryEntity> ofCase(String caseId) {
        return list("caseId", Sort.by("occurredAt").and("id"), caseId);
    }
}
