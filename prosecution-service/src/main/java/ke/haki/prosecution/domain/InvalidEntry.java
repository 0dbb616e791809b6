package ke.haki.prosecution.domain;

import java.time.LocalDate;

/**
 * A value the request gave that does not fit the file or the calendar (a date before the step it
 * follows, a date in the future, a missing particular): answered like any invalid input, 400 naming
 * the field. A step the file's state or the law does not allow is a {@link ke.haki.law.RuleViolation}.
 */
public class InvalidEntry extends RuntimeException {

    private final String field;

    public InvalidEntry(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** A step is recorded when it happened: never later than today. */
    public static void notInFuture(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new InvalidEntry(field, "in the future");
        }
    }

    /** A step cannot precede the step it follows (null: that step has no date). */
    public static void notBefore(String field, LocalDate date, LocalDate earliest) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new InvalidEntry(field, "before the earlier step of " + earliest);
        }
    }
}
