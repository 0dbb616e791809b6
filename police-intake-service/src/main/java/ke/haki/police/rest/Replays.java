package ke.haki.police.rest;

/** What the replay of a create needs (Idempotency-Key): the body bound to its case, the created id. */
final class Replays {

    private Replays() {}

    /** A request body bound to its case, so one Idempotency-Key cannot be replayed on another case. */
    record Keyed(String caseId, Object request) {}

    /** The id at the end of the first answer's location. */
    static String lastSegment(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
