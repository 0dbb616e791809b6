package ke.haki.monitoring.rest;

import java.util.Set;
import java.util.regex.Pattern;

import ke.haki.contract.ngec.AlertStatusChanged.AlertStatus;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;
import ke.haki.kit.problem.ProblemException;
import ke.haki.monitoring.api.AlertFilter;

/**
 * The alert filters of a request (the JSON API's and the dashboard's query parameters), each
 * checked: a wrong value is a 400 naming the parameter, without repeating what was sent.
 */
public final class AlertFilters {

    private static final Pattern COUNTY = Pattern.compile("\\d{3}");
    private static final Pattern STATION = Pattern.compile("[A-Z0-9-]{1,40}");

    private AlertFilters() {}

    /** @param noStatus the statuses listed when no status is chosen (empty: every status) */
    public static AlertFilter parse(String type, String county, String station, String status, String severity,
            Set<AlertStatus> noStatus) {
        AlertStatus chosen = Requests.enumValue(AlertStatus.class, "status", status);
        return new AlertFilter(Requests.enumValue(AlertType.class, "type", type),
                code("county", county, COUNTY, "three digits, 001 to 047"),
                code("station", station, STATION, "a station code: upper-case letters, digits and '-', at most 40"),
                chosen == null ? noStatus : Set.of(chosen),
                Requests.enumValue(Severity.class, "severity", severity), null);
    }

    private static String code(String field, String value, Pattern pattern, String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!pattern.matcher(v).matches()) {
            throw ProblemException.invalid(field, expected);
        }
        return v;
    }
}
