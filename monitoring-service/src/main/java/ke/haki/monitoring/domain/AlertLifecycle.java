package ke.haki.monitoring.domain;

import java.util.EnumSet;
import java.util.Set;

import ke.haki.contract.ngec.AlertStatusChanged.AlertStatus;

/**
 * An alert's life: open, then acknowledged, assigned or escalated by a monitor, until a monitor
 * resolves it with a note or the system clears it because the case moved on. Resolved and
 * cleared alerts are final.
 */
public final class AlertLifecycle {

    public static final Set<AlertStatus> ACTIVE = EnumSet.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED,
            AlertStatus.ASSIGNED, AlertStatus.ESCALATED);

    private AlertLifecycle() {}

    public static boolean isActive(AlertStatus status) {
        return ACTIVE.contains(status);
    }

    /** Null when allowed, else why not. */
    public static String refusal(AlertStatus current, AlertStatus target, String note) {
        if (!isActive(current)) {
            return "The alert is " + current + ": it can no longer change";
        }
        if (target == AlertStatus.OPEN || target == AlertStatus.CLEARED) {
            return "A monitor cannot set an alert to " + target;
        }
        if (target == AlertStatus.RESOLVED && (note == null || note.isBlank())) {
            return "Resolving an alert needs a note saying what was done";
        }
        return null;
    }
}
