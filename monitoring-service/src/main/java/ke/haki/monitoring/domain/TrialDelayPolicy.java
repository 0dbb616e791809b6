package ke.haki.monitoring.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;
import ke.haki.contract.odpp.CourtSittingRecorded;
import ke.haki.contract.odpp.CourtSittingRecorded.AdjournmentReason;

/**
 * TRIAL_DELAYED: every accused has the right to a trial that begins and ends without unreasonable
 * delay (Constitution Art. 50(2)(e)). Raised when adjournments for the same reason come in a row
 * (default 3: absent witnesses cause most adjournments in SGBV courts), and when the time from
 * charge to judgment passes a limit (default 360 days). Both limits are configuration.
 */
public final class TrialDelayPolicy {

    public static final String RULE = "Constitution of Kenya Art. 50(2)(e)";

    private TrialDelayPolicy() {}

    /** The run of adjournments for one reason, as the projection keeps it. */
    public record Streak(AdjournmentReason reason, int length, LocalDate since) {

        public static final Streak NONE = new Streak(null, 0, null);

        /** The streak after a sitting: one longer for the same reason, a new one for another, none after a sitting held. */
        public Streak after(CourtSittingRecorded sitting) {
            if (!sitting.adjourned()) {
                return NONE;
            }
            if (sitting.adjournmentReason() == reason && length > 0) {
                return new Streak(reason, length + 1, since);
            }
            return new Streak(sitting.adjournmentReason(), 1, sitting.sittingDate());
        }
    }

    public static Optional<AlertDecision> adjournments(Streak streak, int limit) {
        if (streak.length() < limit || streak.reason() == null) {
            return Optional.empty();
        }
        return Optional.of(new AlertDecision(AlertType.TRIAL_DELAYED, Severity.MEDIUM,
                "adjourned:" + streak.reason() + ":" + streak.since(),
                streak.length() + " adjournments in a row for " + streak.reason() + " since " + streak.since(),
                RULE, null));
    }

    /** The charge-to-judgment limit has passed without a judgment. */
    public static Optional<AlertDecision> chargeToJudgment(Instant chargedAt, Instant judgmentAt, Duration limit,
            Instant now) {
        if (chargedAt == null || judgmentAt != null || now.isBefore(chargedAt.plus(limit))) {
            return Optional.empty();
        }
        return Optional.of(new AlertDecision(AlertType.TRIAL_DELAYED, Severity.HIGH, "charge-to-judgment",
                "No judgment " + limit.toDays() + " days after the charge of " + chargedAt, RULE, chargedAt.plus(limit)));
    }
}
