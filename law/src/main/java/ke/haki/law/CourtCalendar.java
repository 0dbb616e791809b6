package ke.haki.law;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kenya's ordinary court days and hours: Monday to Friday except gazetted public holidays, within
 * court hours (default 08:00 to 17:00, East Africa Time). Holidays are data, one file per year:
 * shipped in this module ({@code ke/haki/law/holidays/<year>.txt}) and extendable by operators
 * without a build through a folder of files of the same name ({@code haki.law.holidays-dir}).
 * A line is {@code yyyy-MM-dd name}; {@code #} starts a comment. A holiday that falls on a Sunday
 * is also observed on the next Monday that is not a holiday already (Public Holidays Act, Cap. 110).
 */
public final class CourtCalendar {

    public static final LocalTime DEFAULT_OPENS = LocalTime.of(8, 0);
    public static final LocalTime DEFAULT_CLOSES = LocalTime.of(17, 0);
    private static final String SHIPPED = "/ke/haki/law/holidays/";

    private final LocalTime opens;
    private final LocalTime closes;
    private final Optional<Path> operatorDir;
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    public CourtCalendar(LocalTime opens, LocalTime closes, Optional<Path> operatorDir) {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("court hours must open before they close: " + opens + "-" + closes);
        }
        this.opens = opens;
        this.closes = closes;
        this.operatorDir = operatorDir;
    }

    /** The shipped holidays and the default court hours. */
    public static CourtCalendar standard() {
        return new CourtCalendar(DEFAULT_OPENS, DEFAULT_CLOSES, Optional.empty());
    }

    public LocalTime opens() {
        return opens;
    }

    public LocalTime closes() {
        return closes;
    }

    public boolean isHoliday(LocalDate day) {
        return holidays(day.getYear()).contains(day);
    }

    public boolean isCourtDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /** Whether a Kenyan time falls on a court day within court hours (both ends included). */
    public boolean withinCourtHours(ZonedDateTime kenyanTime) {
        LocalTime t = kenyanTime.toLocalTime();
        return isCourtDay(kenyanTime.toLocalDate()) && !t.isBefore(opens) && !t.isAfter(closes);
    }

    /** The first court day on or after the given day. */
    public LocalDate courtDayOnOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isCourtDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Whether a holiday file for the year is shipped or given by the operator. */
    public boolean covers(int year) {
        return shipped(year).isPresent() || operatorFile(year).isPresent();
    }

    /** The public holidays of a year, with the Mondays observed for holidays on a Sunday. */
    public Set<LocalDate> holidays(int year) {
        return byYear.computeIfAbsent(year, this::load);
    }

    private Set<LocalDate> load(int year) {
        TreeSet<LocalDate> gazetted = new TreeSet<>();
        shipped(year).ifPresent(in -> read(in, "shipped " + year + ".txt", gazetted));
        operatorFile(year).ifPresent(p -> {
            try {
                read(Files.newInputStream(p), p.toString(), gazetted);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read holiday file " + p, e);
            }
        });
        TreeSet<LocalDate> observed = new TreeSet<>(gazetted);
        for (LocalDate d : gazetted) {
            if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate monday = d.plusDays(1);
                while (observed.contains(monday)) {
                    monday = monday.plusDays(1);
                }
                observed.add(monday);
            }
        }
        return Collections.unmodifiableSet(observed);
    }

    private Optional<InputStream> shipped(int year) {
        return Optional.ofNullable(CourtCalendar.class.getResourceAsStream(SHIPPED + year + ".txt"));
    }

    private Optional<Path> operatorFile(int year) {
        return operatorDir.map(d -> d.resolve(year + ".txt")).filter(Files::isReadable);
    }

    private static void read(InputStream in, String source, Set<LocalDate> into) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String text = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
                text = text.strip();
                if (text.isEmpty()) {
                    continue;
                }
                String date = text.split("\\s+", 2)[0];
                try {
                    into.add(LocalDate.parse(date));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(source + " line " + n + ": not a date (yyyy-MM-dd): " + date, e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read holiday file " + source, e);
        }
    }
}
