package ke.haki.contract.nps;

import java.time.Instant;

import ke.haki.contract.EventPayload;
import ke.haki.law.KenyanTime;

/**
 * An arrested suspect was released on police bond or cash bail before being brought to court: the
 * arraignment clock of Constitution Art. 49(1)(f) stops.
 */
public record SuspectReleased(
        String suspectRef,
        Instant releasedAt,
        ReleaseTerms terms) implements EventPayload {

    @Override
    public String summary() {
        return "Suspect " + suspectRef + " released on "
                + (terms == null ? "unstated terms" : terms.name().toLowerCase().replace('_', ' ')) + " on " + KenyanTime.shown(releasedAt);
    }

    public enum ReleaseTerms {
        POLICE_BOND,
        CASH_BAIL
    }
}
