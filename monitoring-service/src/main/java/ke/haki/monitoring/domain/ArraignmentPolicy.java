package ke.haki.monitoring.domain;

import java.time.Instant;
import java.util.Optional;

import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;
import ke.haki.law.ArraignmentDeadline;
import ke.haki.law.KenyanTime;

/**
 * ARRAIGNMENT_OVERDUE: an arrested person must be brought before a court within the limit of
 * Constitution Art. 49(1)(f), which the monitor computes itself from the arrest time with the law
 * module's {@link ArraignmentDeadline} (never the police's own deadline or "in time" flag). Raised
 * when the limit passes with the suspect neither arraigned nor released on bond or bail, or when
 * the arraignment or release came after it; both are the same breach for that suspect.
 */
public final class ArraignmentPolicy {

    public static final String RULE = ArraignmentDeadline.RULE;

    private ArraignmentPolicy() {}

    public static Optional<AlertDecision> evaluate(ArraignmentDeadline law, String suspectRef, Instant arrestedAt,
            Instant arraignedAt, Instant releasedAt, Instant now) {
        if (arrestedAt == null || !law.breached(arrestedAt, arraignedAt, releasedAt, now)) {
            return Optional.empty();
        }
        Instant due = law.dueBy(arrestedAt);
        String what = arraignedAt != null ? "arraigned only at " + eat(arraignedAt)
                : releasedAt != null ? "released only at " + eat(releasedAt) : "not arraigned";
        return Optional.of(new AlertDecision(AlertType.ARRAIGNMENT_OVERDUE, Severity.HIGH, "arraignment:" + suspectRef,
                "Suspect " + suspectRef + " " + what + ": the limit of Art. 49(1)(f)" + law.limb(arrestedAt)
                        + " for the arrest at " + eat(arrestedAt) + " ended at " + eat(due),
                RULE, due));
    }

    private static String eat(Instant instant) {
        return KenyanTime.at(instant).toLocalDateTime() + " EAT";
    }
}
