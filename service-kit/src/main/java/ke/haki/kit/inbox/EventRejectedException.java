package ke.haki.kit.inbox;

/**
 * A consumer refuses an event it can read but cannot apply (for example an event for a case it
 * has never heard of). Not retried: it goes to the dead-letter topic with this message.
 */
public class EventRejectedException extends RuntimeException {
    public EventRejectedException(String message) {
        super(message);
    }
}
