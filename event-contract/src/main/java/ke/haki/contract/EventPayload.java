package ke.haki.contract;

/**
 * The type-specific part of an event. Each implementation is listed in {@link EventType}, which
 * gives its versioned CloudEvents type name and its topic.
 */
public interface EventPayload {}
