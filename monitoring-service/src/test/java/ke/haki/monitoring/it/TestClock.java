package ke.haki.monitoring.it;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/** The service's clock in tests: starts now, and tests move it forward instead of waiting. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /**
     * Moves the clock forward to the next Tuesday at 10:00 in Kenya (a court day, within court hours,
     * with the 24 hours ending on the Wednesday within court hours: Art. 49(1)(f)(i)), so that an
     * arraignment test does not depend on the day it runs.
     */
    public Instant advanceToTuesdayMorningInKenya() {
        java.time.ZonedDateTime t = now.atZone(ke.haki.law.KenyanTime.ZONE).plusDays(1).withHour(10).withMinute(0)
                .withSecond(0).withNano(0);
        while (t.getDayOfWeek() != java.time.DayOfWeek.TUESDAY
                || ke.haki.law.CourtCalendar.standard().isHoliday(t.toLocalDate())
                || ke.haki.law.CourtCalendar.standard().isHoliday(t.toLocalDate().plusDays(1))) {
            t = t.plusDays(1);
        }
        now = t.toInstant();
        return now;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }
}
