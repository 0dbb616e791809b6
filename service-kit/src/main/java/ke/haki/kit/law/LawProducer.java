package ke.haki.kit.law;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ke.haki.law.ArraignmentDeadline;
import ke.haki.law.CourtCalendar;

/**
 * The law module's configurable parts, configured the same way in every service, so the police and
 * the monitor compute the same deadlines: court hours ({@code haki.law.court-hours.opens} and
 * {@code .closes}, East Africa Time) and a folder of operator holiday files
 * ({@code haki.law.holidays-dir}, one {@code <year>.txt} per year, added to the shipped ones).
 */
@ApplicationScoped
public class LawProducer {

    @ConfigProperty(name = "haki.law.court-hours.opens", defaultValue = "08:00")
    LocalTime opens;

    @ConfigProperty(name = "haki.law.court-hours.closes", defaultValue = "17:00")
    LocalTime closes;

    @ConfigProperty(name = "haki.law.holidays-dir")
    Optional<String> holidaysDir;

    @Produces
    @ApplicationScoped
    public CourtCalendar courtCalendar() {
        return new CourtCalendar(opens, closes, holidaysDir.filter(s -> !s.isBlank()).map(Path::of));
    }

    @Produces
    @ApplicationScoped
    public ArraignmentDeadline arraignmentDeadline(CourtCalendar calendar) {
        return new ArraignmentDeadline(calendar);
    }
}
