package ke.haki.kit.inbox;

import ke.haki.contract.CaseEvent;

/**
 * A consumer refuses an event it can read but cannot apply (for example an event for a case it
 * has never heard of). Not retried: it goes to the dead-letter topic with this message.
 */
public class EventRejectedException extends RuntimeException {
    public EventRejectedException(String message) {
        super(message);
    }

    /** The event does not fit the case's state (a lifecycle guard): a dead letter, never an overwrite. */
    public static EventRejectedException doesNotFit(CaseEvent event, String reason) {
        return new EventRejectedException(event.type().typeName() + " " + event.eventId() + " does not fit case "
                + event.caseId() + ": " + reason);
    }
}
