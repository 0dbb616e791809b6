package ke.haki.contract.nps;

import java.time.Instant;

import ke.haki.contract.EventPayload;

/**
 * A suspect was arrested. {@code arraignmentDueBy} is the arrest time plus 24 hours (Constitution
 * Art. 49(1)(f)).
 */
public record SuspectArrested(
        String suspectRef,
        Instant arrestedAt,
        Instant arraignmentDueBy) implements EventPayload {}
