package ke.haki.monitoring.rest;

import ke.haki.kit.problem.ProblemException;

/** Parsing of query and header values into problem details when they are wrong. */
final class Requests {

    private Requests() {}

    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "expected the alert version, e.g. \"3\"");
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
