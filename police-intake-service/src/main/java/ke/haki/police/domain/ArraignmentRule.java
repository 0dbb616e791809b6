package ke.haki.police.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Constitution Art. 49(1)(f): an arrested person is brought before a court within 24 hours.
 * (The Article's extension to the next court day for weekends is not modelled: the monitor flags
 * and a human judges.)
 */
public final class ArraignmentRule {

    public static final Duration LIMIT = Duration.ofHours(24);

    private ArraignmentRule() {}

    public static Instant dueBy(Instant arrestedAt) {
        return arrestedAt.plus(LIMIT);
    }

    public static boolean withinLimit(Instant arrestedAt, Instant arraignedAt) {
        if (arraignedAt.isBefore(arrestedAt)) {
            throw new PoliceRuleViolation("arraignment-before-arrest", "The arraignment time is before the arrest");
        }
        return !arraignedAt.isAfter(dueBy(arrestedAt));
    }
}
