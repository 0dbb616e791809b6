package ke.haki.monitoring.domain;

import java.time.Instant;
import java.util.Optional;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;
import ke.haki.contract.nps.SuspectArraigned;

/**
 * ARRAIGNMENT_OVERDUE: an arrested person must be brought before a court within 24 hours
 * (Constitution Art. 49(1)(f)). Raised when the timer runs out without an arraignment, or when the
 * police record an arraignment outside 24 hours; both are the same breach for that suspect.
 */
public final class ArraignmentPolicy {

    public static final String RULE = "Constitution of Kenya Art. 49(1)(f)";

    private ArraignmentPolicy() {}

    public static Optional<AlertDecision> overdue(String suspectRef, Instant dueBy, Instant arraignedAt, Instant now) {
        boolean late = arraignedAt == null ? !now.isBefore(dueBy) : arraignedAt.isAfter(dueBy);
        if (!late) {
            return Optional.empty();
        }
        String what = arraignedAt == null ? "not arraigned" : "arraigned only at " + arraignedAt;
        return Optional.of(decision(suspectRef, "Suspect " + suspectRef + " " + what
                + ": the 24 hours from arrest ended at " + dueBy, dueBy));
    }

    public static Optional<AlertDecision> onEvent(CaseEvent event) {
        if (event.payload() instanceof SuspectArraigned arraigned && !arraigned.withinTwentyFourHours()) {
            return Optional.of(decision(arraigned.suspectRef(), "Suspect " + arraigned.suspectRef()
                    + " was arraigned at " + arraigned.arraignedAt() + ", more than 24 hours after arrest", null));
        }
        return Optional.empty();
    }

    private static AlertDecision decision(String suspectRef, String reason, Instant dueBy) {
        return new AlertDecision(AlertType.ARRAIGNMENT_OVERDUE, Severity.HIGH, "arraignment:" + suspectRef, reason,
                RULE, dueBy);
    }
}
