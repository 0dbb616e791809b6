package ke.haki.monitoring.domain;

import java.time.Instant;
import java.util.Objects;

import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;

/**
 * A rule found a breach. {@code breachKey} names the breach within the case and type, so the same
 * breach is raised once however often it is found again.
 */
public record AlertDecision(AlertType type, Severity severity, String breachKey, String reason, String rule,
        Instant dueAt) {
    public AlertDecision {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(breachKey, "breachKey");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rule, "rule");
    }
}
