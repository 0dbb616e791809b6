package ke.haki.contract.odpp;

import java.time.LocalDate;

import ke.haki.contract.EventPayload;

/** A mention or hearing took place, or was adjourned with a reason and a next date. */
public record CourtSittingRecorded(
        String courtCaseNumber,
        SittingKind kind,
        LocalDate sittingDate,
        boolean adjourned,
        AdjournmentReason adjournmentReason,
        LocalDate nextDate) implements EventPayload {

    @Override
    public String summary() {
        return kind + " on " + sittingDate + (adjourned ? ": adjourned (" + adjournmentReason + ")" : "")
                + (nextDate == null ? "" : "; next " + nextDate);
    }

    public enum SittingKind {
        MENTION,
        HEARING
    }

    public enum AdjournmentReason {
        WITNESS_ABSENT,
        ACCUSED_ABSENT,
        COURT_NOT_SITTING,
        FILE_NOT_READY,
        OTHER
    }
}
