package ke.haki.prosecution.domain;

/**
 * The ODPP file number: {@code ODPP/<county code>/<year>/<number>}, e.g. {@code ODPP/047/2026/000123},
 * numbered per county and year.
 */
public final class OdppFileNumber {

    private OdppFileNumber() {}

    public static String format(String countyCode, int year, long number) {
        if (countyCode == null || !countyCode.matches("\\d{3}")) {
            throw new IllegalArgumentException("county code is three digits: " + countyCode);
        }
        if (number < 1 || number > 999_999) {
            throw new IllegalArgumentException("file number out of range: " + number);
        }
        return String.format("ODPP/%s/%04d/%06d", countyCode, year, number);
    }
}
