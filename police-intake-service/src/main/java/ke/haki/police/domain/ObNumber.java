package ke.haki.police.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Occurrence Book number as stations write it: {@code OB 56/10/4/2022} is entry 56 of the
 * 10th of April 2022 (entry/day/month/year).
 */
public record ObNumber(int entry, LocalDate date) {

    private static final Pattern FORMAT = Pattern.compile("^OB\\s*(\\d{1,5})/(\\d{1,2})/(\\d{1,2})/(\\d{4})$",
            Pattern.CASE_INSENSITIVE);

    public static final String EXPECTED = "OB <entry>/<day>/<month>/<year>, e.g. OB 56/10/4/2022";

    public static Optional<ObNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int entry = Integer.parseInt(m.group(1));
        if (entry < 1) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(2)));
            return Optional.of(new ObNumber(entry, date));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The canonical spelling, e.g. {@code OB 56/10/4/2022}. */
    @Override
    public String toString() {
        return "OB " + entry + "/" + date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }
}
