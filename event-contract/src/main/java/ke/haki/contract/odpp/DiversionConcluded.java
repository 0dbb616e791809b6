package ke.haki.contract.odpp;

import java.time.LocalDate;

import ke.haki.contract.EventPayload;
import ke.haki.contract.Withdrawn;

/**
 * A child accused's diversion ended: completed (the case ends with the diversion as its outcome)
 * or failed (the prosecution resumes where it stood when the child was diverted). {@code reason},
 * free text, is not published (always null; ADR 0005): it stays in the prosecution file.
 */
public record DiversionConcluded(
        String odppFileNumber,
        DiversionOutcome outcome,
        LocalDate concludedOn,
        @Withdrawn("1.1") String reason) implements EventPayload {

    @Override
    public String summary() {
        return "Diversion of the child accused " + (outcome == DiversionOutcome.COMPLETED ? "completed"
                : "failed: the prosecution resumes") + " on " + concludedOn;
    }

    public enum DiversionOutcome {
        /** The child completed the programme and its conditions. */
        COMPLETED,
        /** The child did not comply, or the diversion was revoked: the prosecution resumes. */
        FAILED
    }
}
