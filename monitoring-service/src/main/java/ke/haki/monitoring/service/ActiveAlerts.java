package ke.haki.monitoring.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ke.haki.contract.ngec.AlertType;
import ke.haki.monitoring.domain.AlertLifecycle;
import ke.haki.monitoring.repository.AlertEntity;
import ke.haki.monitoring.repository.AlertRepository;

/**
 * The active alerts of a batch's cases: read in one query when the batch begins, read again for a
 * case when asked for after an alert was raised on it, and filtered by their status in memory, so an alert an
 * earlier event of the batch cleared is no longer active for the later ones.
 */
final class ActiveAlerts {

    private final AlertRepository alerts;
    private final Map<String, List<AlertEntity>> byCase = new HashMap<>();

    ActiveAlerts(AlertRepository alerts, Collection<String> caseIds) {
        this.alerts = alerts;
        caseIds.forEach(id -> byCase.put(id, new ArrayList<>()));
        if (!caseIds.isEmpty()) {
            alerts.active(caseIds).forEach(a -> byCase.get(a.caseId).add(a));
        }
    }

    /** The case's active alerts of the type; of that breach only, unless {@code breachKey} is null. */
    List<AlertEntity> of(String caseId, AlertType type, String breachKey) {
        return byCase.computeIfAbsent(caseId, id -> new ArrayList<>(alerts.active(List.of(id)))).stream()
                .filter(a -> a.alertType == type && AlertLifecycle.isActive(a.status))
                .filter(a -> breachKey == null || Objects.equals(a.breachKey, breachKey)).toList();
    }

    /** An alert was raised on the case: its alerts are read again when next asked for. */
    void raised(String caseId) {
        byCase.remove(caseId);
    }
}
