package ke.haki.monitoring.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ke.haki.contract.Agency;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;

/**
 * EVENT_SEQUENCE_GAP: each producer numbers a case's events 1, 2, 3... with no gaps. A skipped
 * number is a lost or withheld event. A gap gets a grace period from the event that revealed it
 * (a late event may still fill it); only a gap still open after the grace is raised.
 */
public final class SequenceGapPolicy {

    public static final String RULE = "Haki event contract: gap-free per-case sequence numbers per producer";

    private final Duration grace;

    public SequenceGapPolicy(Duration grace) {
        this.grace = grace;
    }

    /** The numbers skipped when {@code received} follows {@code lastSeen}. */
    public static List<Long> missing(long lastSeen, long received) {
        List<Long> missing = new ArrayList<>();
        for (long s = lastSeen + 1; s < received; s++) {
            missing.add(s);
        }
        return missing;
    }

    public Instant graceUntil(Instant revealedAt) {
        return revealedAt.plus(grace);
    }

    public static Optional<AlertDecision> evaluate(Agency agency, long missingSequence, Instant graceUntil,
            boolean filled, Instant now) {
        if (filled || now.isBefore(graceUntil)) {
            return Optional.empty();
        }
        return Optional.of(new AlertDecision(AlertType.EVENT_SEQUENCE_GAP, Severity.MEDIUM,
                breachKey(agency, missingSequence),
                agency + " event number " + missingSequence + " of this case never arrived (lost or withheld)",
                RULE, graceUntil));
    }

    public static String breachKey(Agency agency, long missingSequence) {
        return "gap:" + agency + ":" + missingSequence;
    }
}
