package ke.haki.law;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Kenyan dates: every "today", every date comparison and every date shown is in East Africa Time
 * (Africa/Nairobi, UTC+3, no daylight saving), never in UTC. A report entered at 00:30 in Nairobi
 * belongs to that Kenyan day although it is still the day before in UTC.
 */
public final class KenyanTime {

    public static final ZoneId ZONE = ZoneId.of("Africa/Nairobi");

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private KenyanTime() {}

    /** The Kenyan calendar day of an instant. */
    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** Today in Kenya, by the given clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static ZonedDateTime at(Instant instant) {
        return instant.atZone(ZONE);
    }

    /** An instant as shown to people: Kenyan date and time to the minute, e.g. {@code 2026-04-10 12:30 EAT}. */
    public static String shown(Instant instant) {
        return instant == null ? "an unknown time" : SHOWN.format(instant.atZone(ZONE)) + " EAT";
    }

    /** A clock that reads the same instants as the given one, in Kenyan time. */
    public static Clock kenyan(Clock clock) {
        return clock.withZone(ZONE);
    }
}
