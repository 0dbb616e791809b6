package ke.haki.prosecution.domain;

import java.time.LocalDate;

import ke.haki.contract.odpp.CourtSittingRecorded.AdjournmentReason;
import ke.haki.contract.odpp.CourtSittingRecorded.SittingKind;

/**
 * A mention or hearing as the prosecutor records it: on a day not in the future; an adjourned
 * sitting with its reason and the next date, a sitting that went ahead without a reason; the next
 * date, when given, after the sitting.
 */
public record CourtSitting(SittingKind kind, LocalDate sittingDate, boolean adjourned,
        AdjournmentReason adjournmentReason, LocalDate nextDate, String note) {

    public static CourtSitting entered(SittingKind kind, LocalDate sittingDate, boolean adjourned,
            AdjournmentReason adjournmentReason, LocalDate nextDate, String note, LocalDate today) {
        InvalidEntry.notInFuture("sittingDate", sittingDate, today);
        if (adjourned) {
            if (adjournmentReason == null) {
                throw new InvalidEntry("adjournmentReason", "required when the sitting was adjourned");
            }
            if (nextDate == null) {
                throw new InvalidEntry("nextDate", "required when the sitting was adjourned");
            }
        } else if (adjournmentReason != null) {
            throw new InvalidEntry("adjournmentReason", "only for an adjourned sitting");
        }
        if (nextDate != null && !nextDate.isAfter(sittingDate)) {
            throw new InvalidEntry("nextDate", "must be after the sitting date");
        }
        return new CourtSitting(kind, sittingDate, adjourned, adjournmentReason, nextDate, note);
    }
}
