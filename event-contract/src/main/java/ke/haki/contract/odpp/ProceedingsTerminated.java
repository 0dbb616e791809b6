package ke.haki.contract.odpp;

import java.time.LocalDate;

import ke.haki.contract.EventPayload;
import ke.haki.contract.Withdrawn;
import ke.haki.law.CourtEnding;

/**
 * The court ended the proceedings without a decision on the merits: a discharge under CPC s.87(a)
 * after a withdrawal, a discontinuance the court permitted (Art. 157(8), with the ruling's
 * reference), a complainant's withdrawal under CPC s.204, or abatement on the accused's death.
 * Recorded as what it is, never as a verdict; the NGEC treats it as a closure without a court
 * outcome. {@code rulingReference}, free text, is no longer published (always null since 1.1;
 * ADR 0005): it stays in the prosecution service, and the court case number identifies the case.
 */
public record ProceedingsTerminated(
        String odppFileNumber,
        String courtCaseNumber,
        LocalDate endedOn,
        CourtEnding ending,
        @Withdrawn("1.1") String rulingReference) implements EventPayload {

    @Override
    public String summary() {
        return "Ended without a verdict: " + (ending == null ? "unstated ending"
                : ending.description() + " (" + ending.provision() + ")");
    }
}
