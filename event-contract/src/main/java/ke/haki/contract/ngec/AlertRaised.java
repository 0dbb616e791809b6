package ke.haki.contract.ngec;

import java.time.Instant;

import ke.haki.contract.EventPayload;

/**
 * The NGEC monitor raised an alert on a case: its type, severity, the reason in words and the
 * rule or statute behind it.
 */
public record AlertRaised(
        String alertId,
        AlertType alertType,
        Severity severity,
        String stage,
        String reason,
        String rule,
        Instant dueAt) implements EventPayload {

    @Override
    public String summary() {
        return alertType + " (" + severity + ") raised: " + reason;
    }
}
