package ke.haki.kit.inbox;

import java.util.List;
import java.util.function.Consumer;

import ke.haki.contract.CaseEvent;

/**
 * The effect of a batch of consumed events, in the batch's transaction: {@link #begin} sees every
 * new event of the batch first (to load what they touch in a few statements), then
 * {@link Applier#apply} is called once per event in the batch's order, each in its own trace and
 * log context, and {@link Applier#end} once after the last (to write back what changed). A batch
 * of one event goes the same way. If anything throws, the whole transaction rolls back.
 */
@FunctionalInterface
public interface BatchEffect {

    /** @param events the batch's new events, in the order they will be applied */
    Applier begin(List<CaseEvent> events);

    /** Applies the events of one begun batch. */
    interface Applier {
        void apply(CaseEvent event);

        /** After the batch's last event, still in its transaction. */
        default void end() {}
    }

    /** An effect that applies each event on its own, with nothing to prepare or write back. */
    static BatchEffect eachOf(Consumer<CaseEvent> effect) {
        return events -> effect::accept;
    }
}
