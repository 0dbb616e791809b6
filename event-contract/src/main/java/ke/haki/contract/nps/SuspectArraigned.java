package ke.haki.contract.nps;

import java.time.Instant;

import ke.haki.contract.EventPayload;
import ke.haki.law.KenyanTime;

/**
 * A suspect was brought before a court. {@code withinTwentyFourHours} (name kept from v1) says
 * whether it was within the limit of Constitution Art. 49(1)(f): 24 hours, or the end of the next
 * court day when those end outside court hours or on a non-court day. Consumers recompute it.
 */
public record SuspectArraigned(
        String suspectRef,
        Instant arraignedAt,
        String courtStation,
        boolean withinTwentyFourHours) implements EventPayload {

    @Override
    public String summary() {
        return "Suspect " + suspectRef + " arraigned at " + courtStation + " on " + KenyanTime.shown(arraignedAt)
                + "; the police report it " + (withinTwentyFourHours ? "within" : "AFTER") + " the limit of Art. 49(1)(f)";
    }
}
