package ke.haki.kit.csv;

/**
 * Text cells of every CSV export: quoted where RFC 4180 needs it, and neutralised against formula
 * injection, so a spreadsheet opens a value that starts with {@code = + - @}, a tab or a carriage
 * return as text, never as a formula (OWASP "CSV injection").
 */
public final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {}

    /** One text cell: empty for null, prefixed with {@code '} when it could start a formula, quoted when needed. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
