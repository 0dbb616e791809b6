package ke.haki.contract.nps;

import java.time.Instant;

import ke.haki.contract.EventPayload;

/**
 * An arrested suspect was released on police bond or cash bail before being brought to court: the
 * arraignment clock of Constitution Art. 49(1)(f) stops.
 */
public record SuspectReleased(
        String suspectRef,
        Instant releasedAt,
        ReleaseTerms terms) implements EventPayload {

    public enum ReleaseTerms {
        POLICE_BOND,
        CASH_BAIL
    }
}
