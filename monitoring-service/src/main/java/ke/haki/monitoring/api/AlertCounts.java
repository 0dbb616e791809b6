package ke.haki.monitoring.api;

import java.util.Map;

import ke.haki.contract.ngec.AlertStatusChanged.AlertStatus;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;

/** Per-value counts of a listing's filters (zero for a value no alert has). */
public record AlertCounts(Map<AlertType, Long> byType, Map<AlertStatus, Long> byStatus,
        Map<Severity, Long> bySeverity) {}
