package ke.haki.contract.ngec;

import ke.haki.contract.EventPayload;

/**
 * An alert moved on: acknowledged, assigned, escalated, resolved by a monitor, or cleared by the
 * system because the case moved on. Notes stay in the monitoring service.
 */
public record AlertStatusChanged(
        String alertId,
        AlertType alertType,
        AlertStatus status,
        String changedBy) implements EventPayload {

    @Override
    public String summary() {
        return "Alert " + alertId + " (" + alertType + ") is " + status + ", by " + changedBy;
    }

    public enum AlertStatus {
        OPEN,
        ACKNOWLEDGED,
        ASSIGNED,
        ESCALATED,
        RESOLVED,
        CLEARED
    }
}
