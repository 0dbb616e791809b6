package ke.haki.monitoring.domain;

import java.time.Instant;
import java.util.Optional;

import ke.haki.contract.CaseEvent;

/**
 * The monitor's case as its stage and lifecycle rules see it, the one door to those rules: whether
 * an event fits what the monitor knows ({@link LifecycleGuard}), the stage it moves the case to
 * ({@link StageTransitions}), whether it is progress (a refused closure attempt is not), and the
 * times of the last event and the last progress, which events arriving out of order never move
 * back. Plain Java with private state: the projection loads it from its row, records an event,
 * and writes back what changed.
 */
public final class MonitoredCase {

    private Stage stage;
    private final boolean reported;
    private final Instant judgmentAt;
    private final long lastOdppSequence;
    private Instant lastEventAt;
    private Instant lastProgressAt;

    private MonitoredCase(Stage stage, boolean reported, Instant judgmentAt, long lastOdppSequence,
            Instant lastEventAt, Instant lastProgressAt) {
        this.stage = stage;
        this.reported = reported;
        this.judgmentAt = judgmentAt;
        this.lastOdppSequence = lastOdppSequence;
        this.lastEventAt = lastEventAt;
        this.lastProgressAt = lastProgressAt;
    }

    /** A case the monitor has not seen. */
    public static MonitoredCase unseen() {
        return new MonitoredCase(null, false, null, 0, null, null);
    }

    /**
     * A case as the monitor knows it.
     *
     * @param stage its stage (null: no event moved it yet)
     * @param reported whether the police report was seen
     * @param judgmentAt when the first judgment was delivered, if any
     * @param lastOdppSequence the highest ODPP sequence number seen (0: none)
     * @param lastEventAt when its latest event happened (null: none)
     * @param lastProgressAt when its latest progress happened (null: none)
     */
    public static MonitoredCase of(Stage stage, boolean reported, Instant judgmentAt, long lastOdppSequence,
            Instant lastEventAt, Instant lastProgressAt) {
        return new MonitoredCase(stage, reported, judgmentAt, lastOdppSequence, lastEventAt, lastProgressAt);
    }

    /** Why the event does not fit the case as the monitor knows it; empty when it fits. */
    public Optional<String> misfit(CaseEvent event) {
        return new LifecycleGuard(stage, reported, judgmentAt, lastOdppSequence).misfit(event);
    }

    /**
     * Records the event: the case's new stage, its last event and, for progress, its last progress.
     *
     * @param resumesAt where a failed diversion returns the case (in court, charged, or referred);
     *                  null for any other event
     * @return the stage before and after, and whether the event was progress
     */
    public Change record(CaseEvent event, Stage resumesAt) {
        Stage before = stage;
        stage = StageTransitions.next(stage, event, resumesAt);
        lastEventAt = latest(lastEventAt, event.occurredAt());
        boolean progress = StageTransitions.isProgress(event.payload());
        if (progress) {
            lastProgressAt = latest(lastProgressAt, event.occurredAt());
        }
        return new Change(before, stage, progress);
    }

    /**
     * What recording an event changed.
     *
     * @param stageBefore the stage before the event (null: none)
     * @param stage the stage after it
     * @param progress whether the event was progress on the case
     */
    public record Change(Stage stageBefore, Stage stage, boolean progress) {

        /** Whether the case's quiet limit starts again: after progress, or in a new stage. */
        public boolean restartsQuietClock() {
            return progress || stage != stageBefore;
        }
    }

    public Stage stage() {
        return stage;
    }

    public Instant lastEventAt() {
        return lastEventAt;
    }

    public Instant lastProgressAt() {
        return lastProgressAt;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
