package ke.haki.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Art. 49(1)(f)(i) and (ii) at every boundary, in East Africa Time, with the shipped court calendar. */
class ArraignmentDeadlineTest {

    private final ArraignmentDeadline deadline = new ArraignmentDeadline(CourtCalendar.standard());

    private static Instant eat(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(KenyanTime.ZONE).toInstant();
    }

    @ParameterizedTest(name = "arrested {0} (EAT): due by {1}")
    @CsvSource({
            // (i) the 24 hours end within court hours of a court day
            "2026-04-07T09:00,2026-04-08T09:00",
            "2026-04-07T17:00,2026-04-08T17:00",
            // (ii) ends after hours on a court day: the end of the next court day
            "2026-04-07T17:01,2026-04-09T17:00",
            "2026-04-07T20:00,2026-04-09T17:00",
            // ends before the court opens on a court day: the end of that court day
            "2026-04-07T06:00,2026-04-08T17:00",
            // Friday evening: ends Saturday evening, next court day Monday
            "2026-11-27T19:00,2026-11-30T17:00",
            // Friday morning: ends Saturday morning
            "2026-11-27T10:00,2026-11-30T17:00",
            // Thursday evening: ends Friday after hours, next court day Monday
            "2026-11-26T18:00,2026-11-30T17:00",
            // Saturday: ends Sunday
            "2026-11-28T12:00,2026-11-30T17:00",
            // a public holiday: Labour Day, Friday 1 May 2026, then the weekend
            "2026-04-30T10:00,2026-05-04T17:00",
            // Easter: Good Friday 3 April and Easter Monday 6 April 2026
            "2026-04-02T12:00,2026-04-07T17:00",
            // a holiday on a Sunday: Madaraka Day, Sunday 1 June 2025, observed Monday 2 June
            "2025-05-31T12:00,2025-06-03T17:00",
            // Jamhuri Day Sunday 12 December 2027: observed Monday 13 December
            "2027-12-11T09:00,2027-12-14T17:00",
            // Christmas Saturday and Boxing Day Sunday 2027: Monday 27 December observed
            "2027-12-24T12:00,2027-12-28T17:00" })
    void dueBy(String arrested, String due) {
        assertThat(deadline.dueBy(eat(arrested))).isEqualTo(eat(due));
    }

    @Test
    void exactlyTwentyFourHoursIsInTimeAndOneMinuteMoreIsNot() {
        Instant arrested = eat("2026-04-07T10:00");
        assertThat(deadline.withinLimit(arrested, eat("2026-04-08T10:00"))).isTrue();
        assertThat(deadline.withinLimit(arrested, eat("2026-04-08T10:01"))).isFalse();
        assertThat(deadline.breached(arrested, null, null, eat("2026-04-08T10:00"))).isFalse();
        assertThat(deadline.breached(arrested, null, null, eat("2026-04-08T10:01"))).isTrue();
        assertThat(deadline.limb(arrested)).isEqualTo("(i)");
    }

    /**
     * Moved from the police service's own rule, which asserted a flat 24 hours: this arrest is at
     * noon EAT on Friday 10 April 2026, so the 24 hours end on a Saturday and Art. 49(1)(f)(ii)
     * gives until the end of Monday 13 April (17:00 EAT, 14:00 UTC).
     */
    @Test
    void aFridayNoonArrestIsDueAtTheEndOfMonday() {
        Instant arrest = Instant.parse("2026-04-10T09:00:00Z");
        assertThat(deadline.dueBy(arrest)).isEqualTo(Instant.parse("2026-04-13T14:00:00Z"));
        assertThat(deadline.withinLimit(arrest, Instant.parse("2026-04-11T09:00:00Z"))).isTrue();
        assertThat(deadline.withinLimit(arrest, Instant.parse("2026-04-13T14:00:01Z"))).isFalse();
        assertThatThrownBy(() -> deadline.withinLimit(arrest, Instant.parse("2026-04-10T08:59:59Z")))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aFridayEveningArrestArraignedOnMondayMorningIsLawful() {
        Instant arrested = eat("2026-11-27T19:30");
        assertThat(deadline.withinLimit(arrested, eat("2026-11-30T09:30"))).isTrue();
        assertThat(deadline.withinLimit(arrested, eat("2026-11-30T17:01"))).isFalse();
        assertThat(deadline.limb(arrested)).isEqualTo("(ii)");
    }

    @Test
    void aReleaseOnBondBeforeTheDeadlineStopsTheClock() {
        Instant arrested = eat("2026-04-07T10:00");
        assertThat(deadline.breached(arrested, null, eat("2026-04-07T18:00"), eat("2026-05-01T00:00"))).isFalse();
        assertThat(deadline.breached(arrested, null, eat("2026-04-08T12:00"), eat("2026-05-01T00:00"))).isTrue();
    }

    @Test
    void anArraignmentBeforeTheArrestIsRefused() {
        assertThatThrownBy(() -> deadline.withinLimit(eat("2026-04-07T10:00"), eat("2026-04-07T09:00")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("before the arrest");
    }

    @Test
    void theShippedCalendarCoversTheGazettedYears() {
        CourtCalendar c = CourtCalendar.standard();
        assertThat(c.covers(2025) && c.covers(2026) && c.covers(2027)).isTrue();
        assertThat(c.holidays(2026)).hasSize(11);
        assertThat(c.isCourtDay(LocalDate.parse("2026-12-25"))).isFalse();
        assertThat(c.isCourtDay(LocalDate.parse("2026-12-24"))).isTrue();
    }

    @Test
    void operatorsAddAYearOrAHolidayWithoutABuild(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2028.txt"), "# gazetted\n2028-01-03 a special holiday\n");
        Files.writeString(dir.resolve("2026.txt"), "2026-11-30 an extra holiday gazetted for 2026\n");
        CourtCalendar c = new CourtCalendar(CourtCalendar.DEFAULT_OPENS, CourtCalendar.DEFAULT_CLOSES, Optional.of(dir));
        assertThat(c.covers(2028)).isTrue();
        assertThat(c.isCourtDay(LocalDate.parse("2028-01-03"))).isFalse();
        assertThat(c.isHoliday(LocalDate.parse("2026-12-25"))).isTrue();
        // Friday evening arrest before the extra Monday holiday: Tuesday's end
        assertThat(new ArraignmentDeadline(c).dueBy(eat("2026-11-27T19:00"))).isEqualTo(eat("2026-12-01T17:00"));
    }

    @Test
    void courtHoursAreConfigurable() {
        CourtCalendar c = new CourtCalendar(LocalTime.of(9, 0), LocalTime.of(16, 0), Optional.empty());
        assertThat(new ArraignmentDeadline(c).dueBy(eat("2026-04-07T16:30"))).isEqualTo(eat("2026-04-09T16:00"));
        assertThatThrownBy(() -> new CourtCalendar(LocalTime.of(17, 0), LocalTime.of(8, 0), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBadHolidayLineNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2029.txt"), "2029-01-01 ok\n2029-13-01 bad\n");
        CourtCalendar c = new CourtCalendar(CourtCalendar.DEFAULT_OPENS, CourtCalendar.DEFAULT_CLOSES, Optional.of(dir));
        assertThatThrownBy(() -> c.holidays(2029)).hasMessageContaining("line 2");
    }

    @Test
    void kenyanDatesAreNotUtcDates() {
        // 00:30 in Nairobi on 10 April is still 9 April in UTC
        Instant justAfterMidnight = eat("2026-04-10T00:30");
        assertThat(KenyanTime.dateOf(justAfterMidnight)).isEqualTo(LocalDate.parse("2026-04-10"));
        assertThat(KenyanTime.today(java.time.Clock.fixed(justAfterMidnight, java.time.ZoneOffset.UTC)))
                .isEqualTo(LocalDate.parse("2026-04-10"));
    }
}
