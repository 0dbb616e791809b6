package ke.haki.monitoring.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AlertHistoryRepository implements PanacheRepositoryBase<AlertHistoryEntity, Long> {

    public List<AlertHistoryEntity> forAlert(UUID alertId) {
        return list("alertId", Sort.ascending("id"), alertId);
    }

    /** The history of several alerts, each in its order. */
    public List<AlertHistoryEntity> forAlerts(java.util.Collection<UUID> alertIds) {
        return alertIds.isEmpty() ? List.of() : list("alertId in ?1", Sort.ascending("id"), alertIds);
    }
}
