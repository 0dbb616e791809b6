package ke.haki.contract.nps;

import java.time.Instant;

import ke.haki.contract.EventPayload;
import ke.haki.law.KenyanTime;

/**
 * A suspect was arrested. {@code arraignmentDueBy} is the latest lawful arraignment under
 * Constitution Art. 49(1)(f), computed by the law module's ArraignmentDeadline (24 hours, or the end
 * of the next court day); consumers recompute it from {@code arrestedAt}.
 */
public record SuspectArrested(
        String suspectRef,
        Instant arrestedAt,
        Instant arraignmentDueBy) implements EventPayload {

    @Override
    public String summary() {
        return "Suspect " + suspectRef + " arrested on " + KenyanTime.shown(arrestedAt) + "; the police set arraignment by "
                + KenyanTime.shown(arraignmentDueBy);
    }
}
