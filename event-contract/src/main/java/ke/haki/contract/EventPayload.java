package ke.haki.contract;

/**
 * The type-specific part of an event. Each implementation is listed in {@link EventType}, which
 * gives its versioned CloudEvents type name and its topic.
 */
public interface EventPayload {

    /**
     * The event in one line, as every timeline shows it (police, prosecution and NGEC alike): what
     * happened, never who the child is; dates in East Africa Time.
     */
    String summary();
}
