package ke.haki.monitoring.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import ke.haki.contract.EventType;
import ke.haki.law.CourtEnding;
import ke.haki.law.KenyanTime;

/**
 * The flow of cases from report to judgment, in SQL: each case's milestones (reported, first
 * referred, charged, first in court, ended in court with its outcome), counted per Kenyan month and
 * as a funnel, and the court's adjournments by reason. Nothing is loaded row by row.
 *
 * <p>Milestones: reported is the police report's time; referred the first {@code case.referred};
 * charged the first {@code charge.filed}; in court the first plea or sitting; judged the first
 * judgment or termination in court, counted only while the case has a court ending (a retrial
 * ordered on appeal takes it back). The outcome: convicted, acquitted (on the merits), or ended
 * without an outcome on the merits ({@link CourtEnding#onTheMerits()} false).
 */
@ApplicationScoped
public class CaseFlowRepository {

    /** Steps of a case, in order. */
    public enum Step {
        REPORTED, REFERRED, CHARGED, IN_COURT, JUDGED
    }

    /** One count of the trends: cases that reached a step (or ended with an outcome) in a month. */
    public record MonthCount(String month, String countyCode, String step, long cases) {}

    /** The funnel's counts (cases that reached each step or a later one) and median days from the step before. */
    public record FunnelCounts(long reported, long referred, long charged, long inCourt, long judged, long convicted,
            long acquitted, long withoutOutcomeOnTheMerits, Double daysToReferral, Double daysToCharge,
            Double daysToCourt, Double daysToJudgment) {}

    /** Adjournments for one reason. */
    public record ReasonCount(String reason, long adjournments) {}

    private static final String MILESTONES = """
            with m as (
              select c.case_id, c.county_code, c.reported_at as reported,
                (select min(t.occurred_at) from timeline_entry t where t.case_id = c.case_id
                    and t.event_type = :referredType) as referred,
                c.charged_at as charged,
                (select min(t.occurred_at) from timeline_entry t where t.case_id = c.case_id
                    and t.event_type in (:courtTypes)) as in_court,
                case when c.court_ending is not null or c.verdict is not null then
                  (select min(t.occurred_at) from timeline_entry t where t.case_id = c.case_id
                      and t.event_type in (:endedTypes)) end as judged,
                case when c.court_ending = 'CONVICTION' or (c.court_ending is null and c.verdict = 'CONVICTED')
                       then 'CONVICTED'
                     when c.court_ending in (:acquittals) or (c.court_ending is null and c.verdict = 'ACQUITTED')
                       then 'ACQUITTED'
                     when c.court_ending is not null then 'WITHOUT_OUTCOME_ON_THE_MERITS' end as outcome
              from monitored_case c
              where c.county_code is not null %s
            )
            """;

    @Inject
    EntityManager em;

    /**
     * How many cases reached each step, and ended with each outcome, per Kenyan month of
     * {@code [from, to)}; with {@code perCounty} one count per county too.
     */
    @SuppressWarnings("unchecked")
    public List<MonthCount> monthly(Instant from, Instant to, Optional<String> county, boolean perCounty) {
        String countyColumn = perCounty ? "county_code" : "cast(null as char(3))";
        String sql = MILESTONES.formatted(county.isPresent() ? "and c.county_code = :county" : "") + """
                , steps as (
                  select county_code, 'REPORTED' as step, reported as at from m
                  union all select county_code, 'REFERRED', referred from m
                  union all select county_code, 'CHARGED', charged from m
                  union all select county_code, 'IN_COURT', in_court from m
                  union all select county_code, outcome, judged from m where outcome is not null
                )
                select to_char(at at time zone :zone, 'YYYY-MM') as month, %1$s as county, step, count(*)
                from steps where at >= :from and at < :to
                group by 1, 2, 3 order by 1, 2, 3""".formatted(countyColumn);
        Query q = milestones(sql, county).setParameter("zone", KenyanTime.ZONE.getId())
                .setParameter("from", ts(from)).setParameter("to", ts(to));
        return ((List<Object[]>) q.getResultList()).stream()
                .map(r -> new MonthCount((String) r[0], r[1] == null ? null : r[1].toString().strip(), (String) r[2],
                        ((Number) r[3]).longValue()))
                .toList();
    }

    /** The funnel of the cases reported in {@code [from, to)}. */
    public FunnelCounts funnel(Instant from, Instant to, Optional<String> county) {
        String sql = MILESTONES.formatted(county.isPresent() ? "and c.county_code = :county" : "") + """
                , f as (select * from m where reported >= :from and reported < :to)
                select count(*),
                  count(*) filter (where coalesce(referred, charged, in_court, judged) is not null),
                  count(*) filter (where coalesce(charged, in_court, judged) is not null),
                  count(*) filter (where coalesce(in_court, judged) is not null),
                  count(*) filter (where judged is not null),
                  count(*) filter (where judged is not null and outcome = 'CONVICTED'),
                  count(*) filter (where judged is not null and outcome = 'ACQUITTED'),
                  count(*) filter (where judged is not null and outcome = 'WITHOUT_OUTCOME_ON_THE_MERITS'),
                  percentile_cont(0.5) within group (order by extract(epoch from (referred - reported)) / 86400.0),
                  percentile_cont(0.5) within group (order by extract(epoch from (charged - referred)) / 86400.0),
                  percentile_cont(0.5) within group (order by extract(epoch from (in_court - charged)) / 86400.0),
                  percentile_cont(0.5) within group (order by extract(epoch from (judged - in_court)) / 86400.0)
                from f""";
        Object[] r = (Object[]) milestones(sql, county).setParameter("from", ts(from)).setParameter("to", ts(to))
                .getSingleResult();
        return new FunnelCounts(count(r[0]), count(r[1]), count(r[2]), count(r[3]), count(r[4]), count(r[5]),
                count(r[6]), count(r[7]), days(r[8]), days(r[9]), days(r[10]), days(r[11]));
    }

    /** Adjourned sittings by reason, for sittings dated from {@code from} to {@code to} inclusive. */
    @SuppressWarnings("unchecked")
    public List<ReasonCount> adjournments(LocalDate from, LocalDate to, Optional<String> county) {
        Query q = em.createNativeQuery("""
                select coalesce(s.adjournment_reason, 'OTHER'), count(*)
                from court_sitting s join monitored_case c on c.case_id = s.case_id
                where s.adjourned and s.sitting_date between :from and :to %s
                group by 1 order by 1""".formatted(county.isPresent() ? "and c.county_code = :county" : ""))
                .setParameter("from", from).setParameter("to", to);
        county.ifPresent(c -> q.setParameter("county", c));
        return ((List<Object[]>) q.getResultList()).stream()
                .map(r -> new ReasonCount((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    /** The next court date a sitting of the case set, on or after {@code today}. */
    public Optional<LocalDate> nextCourtDate(String caseId, LocalDate today) {
        List<?> dates = em.createNativeQuery("""
                select max(next_date) from court_sitting where case_id = :caseId and next_date >= :today""")
                .setParameter("caseId", caseId).setParameter("today", today).getResultList();
        return dates.isEmpty() || dates.get(0) == null ? Optional.empty() : Optional.of(date(dates.get(0)));
    }

    private Query milestones(String sql, Optional<String> county) {
        Query q = em.createNativeQuery(sql)
                .setParameter("referredType", EventType.NPS_CASE_REFERRED.typeName())
                .setParameter("courtTypes", List.of(EventType.ODPP_PLEA_RECORDED.typeName(),
                        EventType.ODPP_COURT_SITTING_RECORDED.typeName()))
                .setParameter("endedTypes", List.of(EventType.ODPP_JUDGMENT_DELIVERED.typeName(),
                        EventType.ODPP_PROCEEDINGS_TERMINATED.typeName()))
                .setParameter("acquittals", Arrays.stream(CourtEnding.values())
                        .filter(e -> e.onTheMerits() && e != CourtEnding.CONVICTION).map(Enum::name).toList());
        county.ifPresent(c -> q.setParameter("county", c));
        return q;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static OffsetDateTime ts(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static Double days(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
