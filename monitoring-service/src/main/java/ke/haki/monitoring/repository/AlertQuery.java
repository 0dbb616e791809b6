package ke.haki.monitoring.repository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Query;

import ke.haki.contract.ngec.AlertStatusChanged.AlertStatus;
import ke.haki.monitoring.api.AlertFilter;
import ke.haki.monitoring.domain.AlertLifecycle;

/**
 * The one SQL builder of alert listings, for a page, its total and the per-value counts: the filter
 * (already scoped to the caller) as conditions on table {@code alert}, and the queue order.
 */
final class AlertQuery {

    /** The filters the per-value counts are grouped by; each count leaves out its own filter. */
    enum Facet { TYPE, STATUS, SEVERITY }

    /** Most severe first, then oldest first; the id keeps pages stable. Served by the V2 indexes. */
    private static final String QUEUE_ORDER = "severity_rank desc, raised_at, alert_id";

    private final List<String> always = new ArrayList<>();
    private final Map<Facet, String> facets = new EnumMap<>(Facet.class);
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final boolean activeFirst;

    AlertQuery(AlertFilter filter) {
        if (filter.countyCode() != null) {
            always.add("county_code = :county");
            parameters.put("county", filter.countyCode());
        }
        if (filter.stationCode() != null) {
            always.add("station_code = :station");
            parameters.put("station", filter.stationCode());
        }
        if (filter.raisedBefore() != null) {
            always.add("raised_at <= :before");
            parameters.put("before", OffsetDateTime.ofInstant(filter.raisedBefore(), ZoneOffset.UTC));
        }
        if (filter.type() != null) {
            facets.put(Facet.TYPE, "alert_type = :type");
            parameters.put("type", filter.type().name());
        }
        if (filter.severity() != null) {
            facets.put(Facet.SEVERITY, "severity = :severity");
            parameters.put("severity", filter.severity().name());
        }
        if (!filter.statuses().isEmpty()) {
            facets.put(Facet.STATUS, "status in " + literals(filter.statuses()));
        }
        boolean someActive = filter.statuses().isEmpty() || filter.statuses().stream().anyMatch(AlertLifecycle::isActive);
        boolean someFinal = filter.statuses().isEmpty() || !AlertLifecycle.ACTIVE.containsAll(filter.statuses());
        activeFirst = someActive && someFinal;
    }

    /** Every condition of the filter. */
    String where() {
        List<String> all = new ArrayList<>(always);
        all.addAll(facets.values());
        return all.isEmpty() ? " where true" : " where " + String.join(" and ", all);
    }

    /** The conditions that are not facets: the scope, the station and the age. */
    String whereAlways() {
        return always.isEmpty() ? " where true" : " where " + String.join(" and ", always);
    }

    /** The condition of one facet alone ({@code true} when that filter is not set). */
    String facet(Facet facet) {
        return facets.getOrDefault(facet, "true");
    }

    /** Alerts still needing action first when final ones are listed too, then {@link #QUEUE_ORDER}. */
    String orderBy() {
        return " order by " + (activeFirst ? "case when status in " + literals(AlertLifecycle.ACTIVE) + " then 0 else 1 end, " : "")
                + QUEUE_ORDER;
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * Statuses are written into the SQL (enum names, never request text) so that the planner can
     * match the partial queue indexes, which it cannot do for bound parameters in a generic plan.
     */
    private static String literals(Collection<AlertStatus> statuses) {
        return statuses.stream().sorted().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
