package ke.haki.monitoring.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ke.haki.kit.csv.Csv;
import ke.haki.law.County;
import ke.haki.law.SuspectRelationship;
import ke.haki.monitoring.api.AreaStatistics;
import ke.haki.monitoring.domain.AlertLifecycle;
import ke.haki.monitoring.domain.Stage;

/**
 * Compliance figures per county (all 47, zero where there is no case) and per station, computed
 * from the projection and the active alerts.
 */
@ApplicationScoped
public class StatisticsService {

    private enum Area {
        COUNTY("county_code"),
        STATION("station_code");

        final String column;

        Area(String column) {
            this.column = column;
        }
    }

    private static final class Tally {
        final Map<String, Long> byStage = new LinkedHashMap<>();
        final Map<String, Long> relationships = new LinkedHashMap<>();
        String countyCode;
        long quiet;
        long prohibited;
        Double medianReportToCharge;
        Double medianChargeToJudgment;
        long judgments;
        long convictions;

        Tally() {
            for (Stage s : Stage.values()) {
                byStage.put(s.name(), 0L);
            }
            for (SuspectRelationship r : SuspectRelationship.values()) {
                relationships.put(r.name(), 0L);
            }
        }
    }

    @Inject
    EntityManager em;

    @Inject
    MonitorAccess access;

    @Transactional
    public List<AreaStatistics> counties() {
        Map<String, Tally> tallies = tally(Area.COUNTY, access.county());
        List<AreaStatistics> result = new ArrayList<>();
        for (County county : County.values()) {
            if (access.county().map(own -> !own.equals(county.code())).orElse(false)) {
                continue;
            }
            Tally t = tallies.getOrDefault(county.code(), new Tally());
            t.countyCode = county.code();
            result.add(statistics(county.code(), county.displayName(), t));
        }
        return result;
    }

    @Transactional
    public List<AreaStatistics> stations(String countyCode) {
        Optional<String> county = Optional.ofNullable(access.scopeCounty(countyCode));
        Map<String, Tally> tallies = tally(Area.STATION, county);
        List<AreaStatistics> result = new ArrayList<>();
        for (String station : new TreeSet<>(tallies.keySet())) {
            result.add(statistics(station, station, tallies.get(station)));
        }
        return result;
    }

    private static AreaStatistics statistics(String code, String name, Tally t) {
        long total = t.byStage.values().stream().mapToLong(Long::longValue).sum();
        long open = t.byStage.entrySet().stream().filter(e -> Stage.valueOf(e.getKey()).isOpen())
                .mapToLong(Map.Entry::getValue).sum();
        Double rate = t.judgments == 0 ? null : (double) t.convictions / t.judgments;
        return new AreaStatistics(code, name, t.countyCode, total, t.byStage, open, t.quiet,
                t.byStage.get(Stage.CLOSED.name()), t.prohibited, t.medianReportToCharge, t.medianChargeToJudgment,
                t.judgments, t.convictions, rate, t.relationships);
    }

    private Map<String, Tally> tally(Area area, Optional<String> county) {
        String col = area.column;
        String where = county.isPresent() ? " and c.county_code = :county" : "";
        Map<String, Tally> tallies = new HashMap<>();
        tallyStages(tallies, col, where, county);
        tallyCourt(tallies, col, where, county);
        tallyQuiet(tallies, col, where, county);
        tallyRelationships(tallies, col, where, county);
        return tallies;
    }

    /** Cases per stage of each area. */
    @SuppressWarnings("unchecked")
    private void tallyStages(Map<String, Tally> tallies, String col, String where, Optional<String> county) {
        for (Object[] r : (List<Object[]>) query("""
                select c.%1$s, c.stage, count(*), min(c.county_code) from monitored_case c
                where c.%1$s is not null and c.stage is not null %2$s group by c.%1$s, c.stage""".formatted(col, where),
                county).getResultList()) {
            Tally t = tallies.computeIfAbsent((String) r[0], k -> new Tally());
            t.byStage.put((String) r[1], ((Number) r[2]).longValue());
            t.countyCode = (String) r[3];
        }
    }

    /** Prohibited attempts, the median days report to charge and charge to judgment, judgments and convictions. */
    @SuppressWarnings("unchecked")
    private void tallyCourt(Map<String, Tally> tallies, String col, String where, Optional<String> county) {
        for (Object[] r : (List<Object[]>) query("""
                select c.%1$s, coalesce(sum(c.prohibited_attempts), 0),
                    percentile_cont(0.5) within group (order by extract(epoch from (c.charged_at - c.reported_at)) / 86400.0),
                    percentile_cont(0.5) within group (order by extract(epoch from (c.judgment_at - c.charged_at)) / 86400.0),
                    count(c.verdict), count(*) filter (where c.verdict = 'CONVICTED')
                from monitored_case c where c.%1$s is not null %2$s group by c.%1$s""".formatted(col, where),
                county).getResultList()) {
            Tally t = tallies.computeIfAbsent((String) r[0], k -> new Tally());
            t.prohibited = ((Number) r[1]).longValue();
            t.medianReportToCharge = r[2] == null ? null : ((Number) r[2]).doubleValue();
            t.medianChargeToJudgment = r[3] == null ? null : ((Number) r[3]).doubleValue();
            t.judgments = ((Number) r[4]).longValue();
            t.convictions = ((Number) r[5]).longValue();
        }
    }

    /** Cases with an active quiet alert. */
    @SuppressWarnings("unchecked")
    private void tallyQuiet(Map<String, Tally> tallies, String col, String where, Optional<String> county) {
        for (Object[] r : (List<Object[]>) query("""
                select c.%1$s, count(distinct a.case_id) from alert a join monitored_case c on c.case_id = a.case_id
                where a.alert_type = 'CASE_QUIET' and a.status in (:active) and c.%1$s is not null %2$s
                group by c.%1$s""".formatted(col, where), county)
                .setParameter("active", AlertLifecycle.ACTIVE.stream().map(Enum::name).toList())
                .getResultList()) {
            tallies.computeIfAbsent((String) r[0], k -> new Tally()).quiet = ((Number) r[1]).longValue();
        }
    }

    /** Suspects by their relationship to the victim. */
    @SuppressWarnings("unchecked")
    private void tallyRelationships(Map<String, Tally> tallies, String col, String where, Optional<String> county) {
        for (Object[] r : (List<Object[]>) query("""
                select c.%1$s, s.relationship, count(*) from case_suspect s join monitored_case c on c.case_id = s.case_id
                where s.relationship is not null and c.%1$s is not null %2$s group by c.%1$s, s.relationship"""
                .formatted(col, where), county).getResultList()) {
            tallies.computeIfAbsent((String) r[0], k -> new Tally()).relationships.put((String) r[1],
                    ((Number) r[2]).longValue());
        }
    }

    private jakarta.persistence.Query query(String sql, Optional<String> county) {
        jakarta.persistence.Query q = em.createNativeQuery(sql);
        county.ifPresent(c -> q.setParameter("county", c));
        return q;
    }

    /** The figures as CSV, one row per area, every stage and relationship a column. */
    public static String csv(List<AreaStatistics> rows) {
        StringBuilder sb = new StringBuilder("code,name,county_code,total_cases,open_cases");
        for (Stage s : Stage.values()) {
            sb.append(",stage_").append(s.name().toLowerCase());
        }
        sb.append(",quiet_cases,closed_without_court_outcome,prohibited_attempts,median_days_report_to_charge,")
                .append("median_days_charge_to_judgment,judgments,convictions,conviction_rate");
        for (SuspectRelationship r : SuspectRelationship.values()) {
            sb.append(",suspects_").append(r.name().toLowerCase());
        }
        sb.append('\n');
        for (AreaStatistics a : rows) {
            sb.append(Csv.cell(a.code())).append(',').append(Csv.cell(a.name())).append(',').append(Csv.cell(a.countyCode()))
                    .append(',').append(a.totalCases()).append(',').append(a.openCases());
            for (Stage s : Stage.values()) {
                sb.append(',').append(a.casesByStage().getOrDefault(s.name(), 0L));
            }
            sb.append(',').append(a.quietCases()).append(',').append(a.closedWithoutCourtOutcome()).append(',')
                    .append(a.prohibitedAttempts()).append(',').append(number(a.medianDaysReportToCharge())).append(',')
                    .append(number(a.medianDaysChargeToJudgment())).append(',').append(a.judgments()).append(',')
                    .append(a.convictions()).append(',').append(number(a.convictionRate()));
            for (SuspectRelationship r : SuspectRelationship.values()) {
                sb.append(',').append(a.suspectRelationships().getOrDefault(r.name(), 0L));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String number(Double d) {
        return d == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", d);
    }
}
