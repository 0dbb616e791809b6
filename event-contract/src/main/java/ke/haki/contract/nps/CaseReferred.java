package ke.haki.contract.nps;

import ke.haki.contract.EventPayload;
import ke.haki.law.Offence;

/**
 * The police file was referred to ODPP for a charging decision. {@code referralNumber} counts the
 * submissions of this file: 1 for the first referral, 2 and more after ODPP returned it.
 */
public record CaseReferred(
        int referralNumber,
        String odppOfficeCode,
        Offence offence,
        int suspectCount,
        boolean medicalEvidenceAttached) implements EventPayload {

    @Override
    public String summary() {
        return "Referred to " + odppOfficeCode + " (referral " + referralNumber + ", "
                + (offence == null ? "offence not given" : offence.title()) + ", " + suspectCount + " suspect(s), medical evidence "
                + (medicalEvidenceAttached ? "attached" : "not attached") + ")";
    }
}
