package ke.haki.contract.nps;

import java.time.Instant;

import ke.haki.contract.EventPayload;

/** A suspect was brought before a court; {@code withinTwentyFourHours} per Art. 49(1)(f). */
public record SuspectArraigned(
        String suspectRef,
        Instant arraignedAt,
        String courtStation,
        boolean withinTwentyFourHours) implements EventPayload {}
