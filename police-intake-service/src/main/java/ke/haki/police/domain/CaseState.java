package ke.haki.police.domain;

import java.util.List;

/**
 * What a {@link PoliceCase} holds, as it is saved and restored. {@code victim} is null until the
 * child's particulars are recorded; {@code medicalEvidence} counts the forms on file.
 */
public record CaseState(Report report, CaseStatus status, int referralCount, String odppOfficeCode,
        String closureReason, Victim victim, List<Suspect> suspects, int medicalEvidence) {

    public CaseState {
        suspects = List.copyOf(suspects);
    }
}
