package ke.haki.contract.odpp;

import ke.haki.contract.EventPayload;

/** ODPP received a police referral and opened (or reopened) its file. */
public record ReferralReceived(
        String odppFileNumber,
        String officeCode,
        int referralNumber) implements EventPayload {

    @Override
    public String summary() {
        return "ODPP received referral " + referralNumber + " at " + officeCode + " as file " + odppFileNumber;
    }
}
