package ke.haki.monitoring.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TimelineRepository implements PanacheRepositoryBase<TimelineEntryEntity, UUID> {

    public List<TimelineEntryEntity> forCase(String caseId) {
        return list("caseId", Sort.ascending("occurredAt").and("agency").and("sequence"), caseId);
    }

    /** Whether the case's timeline holds an event of the type. */
    public boolean has(String caseId, String eventType) {
        return count("caseId = ?1 and eventType = ?2", caseId, eventType) > 0;
    }
}
