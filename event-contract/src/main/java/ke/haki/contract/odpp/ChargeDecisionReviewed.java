package ke.haki.contract.odpp;

import java.time.LocalDate;

import ke.haki.contract.EventPayload;

/**
 * A decision not to charge was reviewed and the file re-opened for a new charging decision (ODPP
 * Decision to Charge Guidelines 2019: a decision may be reviewed, e.g. on new evidence). The case
 * is no longer closed without a court outcome.
 */
public record ChargeDecisionReviewed(
        String odppFileNumber,
        LocalDate reviewedOn,
        ReviewGround ground) implements EventPayload {

    @Override
    public String summary() {
        return "Decision not to charge reviewed (" + ground + "): the file is under review again";
    }

    public enum ReviewGround {
        NEW_EVIDENCE,
        SUPERVISORY_REVIEW,
        COMPLAINANT_REQUEST,
        NGEC_FOLLOW_UP,
        OTHER
    }
}
