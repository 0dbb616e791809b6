package ke.haki.monitoring.api;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import ke.haki.contract.ngec.AlertStatusChanged.AlertStatus;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;

/**
 * Filters of an alert listing; null (or no status) means "any". {@code raisedBefore} selects
 * alerts at least that old.
 */
public record AlertFilter(AlertType type, String countyCode, String stationCode, Set<AlertStatus> statuses,
        Severity severity, Instant raisedBefore) {

    public AlertFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(statuses));
    }

    /** The same filter limited to a county (the caller's scope) and to alerts raised before a time. */
    public AlertFilter scoped(String county, Instant before) {
        return new AlertFilter(type, county, stationCode, statuses, severity, before);
    }
}
