package ke.haki.law;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Constitution of Kenya Art. 49(1)(f): an arrested person is brought before a court (i) not later
 * than twenty-four hours after being arrested, or (ii) if the twenty-four hours end outside
 * ordinary court hours or on a day that is not an ordinary court day, the end of the next court
 * day. Computed once, here, in East Africa Time with the {@link CourtCalendar}; the police and the
 * monitor both call it. Where the 24 hours end on a court day before the court opens, "the next
 * court day" is read as that same day (the court's next sitting). A release on police bond or cash
 * bail stops the clock (a released person is no longer held for arraignment).
 */
public final class ArraignmentDeadline {

    public static final String RULE = "Constitution of Kenya Art. 49(1)(f)";

    private final CourtCalendar calendar;

    public ArraignmentDeadline(CourtCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public CourtCalendar calendar() {
        return calendar;
    }

    /** The latest lawful arraignment for an arrest. */
    public Instant dueBy(Instant arrestedAt) {
        ZonedDateTime end = KenyanTime.at(arrestedAt).plusHours(24);
        if (calendar.withinCourtHours(end)) {
            return end.toInstant();
        }
        LocalDate day = end.toLocalDate();
        boolean beforeOpeningOfACourtDay = calendar.isCourtDay(day) && end.toLocalTime().isBefore(calendar.opens());
        LocalDate nextCourtDay = calendar.courtDayOnOrAfter(beforeOpeningOfACourtDay ? day : day.plusDays(1));
        return nextCourtDay.atTime(calendar.closes()).atZone(KenyanTime.ZONE).toInstant();
    }

    /** Which limb of Art. 49(1)(f) sets the deadline for an arrest: "(i)" or "(ii)". */
    public String limb(Instant arrestedAt) {
        return calendar.withinCourtHours(KenyanTime.at(arrestedAt).plusHours(24)) ? "(i)" : "(ii)";
    }

    /**
     * Whether an arraignment was lawful in time: not later than {@link #dueBy}.
     *
     * @throws RuleViolation when the arraignment is recorded before the arrest
     */
    public boolean withinLimit(Instant arrestedAt, Instant arraignedAt) {
        if (arraignedAt.isBefore(arrestedAt)) {
            throw new RuleViolation("arraignment-before-arrest", "The arraignment time is before the arrest");
        }
        return !arraignedAt.isAfter(dueBy(arrestedAt));
    }

    /**
     * Whether the arrest breached the limit, by the time {@code now}: arraigned late, or neither
     * arraigned nor released by the deadline. A release before the deadline ends the clock.
     */
    public boolean breached(Instant arrestedAt, Instant arraignedAt, Instant releasedAt, Instant now) {
        Instant due = dueBy(arrestedAt);
        if (arraignedAt != null) {
            return arraignedAt.isAfter(due);
        }
        if (releasedAt != null) {
            return releasedAt.isAfter(due);
        }
        return now.isAfter(due);
    }
}
