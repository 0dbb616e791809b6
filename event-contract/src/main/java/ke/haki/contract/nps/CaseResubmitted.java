package ke.haki.contract.nps;

import ke.haki.contract.EventPayload;

/** Police answered ODPP's directions and sent the file back for a charging decision. */
public record CaseResubmitted(
        int referralNumber,
        String odppOfficeCode,
        int directionsAnswered) implements EventPayload {

    @Override
    public String summary() {
        return "Re-submitted to " + odppOfficeCode + " (referral " + referralNumber + ", " + directionsAnswered
                + " direction(s) answered)";
    }
}
