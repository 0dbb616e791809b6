package ke.haki.prosecution.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A court case number as the Judiciary writes it: {@code Sexual Offence Case No. E035 of 2025}, the
 * kind of case in words, the number (with the {@code E} prefix of numbers issued since e-filing in
 * 2020) and the year of filing.
 */
public record CourtCaseNumber(String kind, boolean electronic, int number, int year) {

    public static final String EXPECTED = "<kind> Case No. [E]<number> of <year>, e.g. Sexual Offence Case No. E035 of 2025";
    private static final Pattern FORMAT = Pattern.compile(
            "([A-Z][A-Za-z]*(?: [A-Za-z]+)*) Case No\\. (E?)(\\d{1,6}) of ((?:19|20)\\d{2})");

    public static Optional<CourtCaseNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip().replaceAll("\\s+", " "));
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(4));
        boolean electronic = !m.group(2).isEmpty();
        if (electronic && year < 2020) {
            return Optional.empty();
        }
        return Optional.of(new CourtCaseNumber(m.group(1), electronic, Integer.parseInt(m.group(3)), year));
    }

    /** The number of a charge filed on {@code filedOn} (not in the future): well formed, of the filing year. */
    public static CourtCaseNumber ofFiling(String text, LocalDate filedOn, LocalDate today) {
        CourtCaseNumber number = parse(text).orElseThrow(() -> new InvalidEntry("courtCaseNumber", "expected " + EXPECTED));
        InvalidEntry.notInFuture("filedOn", filedOn, today);
        if (number.year() != filedOn.getYear()) {
            throw new InvalidEntry("courtCaseNumber", "its year must be the filing year of filedOn");
        }
        return number;
    }

    @Override
    public String toString() {
        return kind + " Case No. " + (electronic ? "E" : "") + String.format("%03d", number) + " of " + year;
    }
}
