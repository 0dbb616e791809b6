package ke.haki.monitoring.service;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ke.haki.contract.odpp.CourtSittingRecorded.AdjournmentReason;
import ke.haki.kit.csv.Csv;
import ke.haki.kit.problem.ProblemException;
import ke.haki.law.County;
import ke.haki.law.KenyanTime;
import ke.haki.monitoring.api.AdjournmentReasons;
import ke.haki.monitoring.api.AttritionFunnel;
import ke.haki.monitoring.api.MonthlyFlow;
import ke.haki.monitoring.repository.CaseFlowRepository;
import ke.haki.monitoring.repository.CaseFlowRepository.FunnelCounts;
import ke.haki.monitoring.repository.CaseFlowRepository.MonthCount;
import ke.haki.monitoring.repository.CaseFlowRepository.ReasonCount;

/**
 * Trends, the attrition funnel and adjournment reasons over Kenyan months (Africa/Nairobi), in the
 * caller's scope: a county monitor always sees their own county, a national monitor every county or
 * the one asked for.
 */
@ApplicationScoped
public class CaseFlowService {

    /** The longest period one request may cover. */
    public static final int MAX_MONTHS = 120;

    /** A period of whole Kenyan months, first and last included. */
    public record Period(YearMonth from, YearMonth to) {

        Instant start() {
            return from.atDay(1).atStartOfDay(KenyanTime.ZONE).toInstant();
        }

        Instant end() {
            return to.plusMonths(1).atDay(1).atStartOfDay(KenyanTime.ZONE).toInstant();
        }

        List<YearMonth> months() {
            List<YearMonth> months = new ArrayList<>();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                months.add(m);
            }
            return months;
        }
    }

    @Inject
    CaseFlowRepository flow;

    @Inject
    MonitorAccess access;

    @Inject
    Clock clock;

    /**
     * The period asked for, in YYYY-MM: by default the twelve Kenyan months up to this one; a missing
     * end is this month, a missing start twelve months before the end.
     */
    public Period period(String from, String to) {
        YearMonth end = to == null || to.isBlank() ? YearMonth.now(KenyanTime.kenyan(clock)) : month("to", to);
        YearMonth start = from == null || from.isBlank() ? end.minusMonths(11) : month("from", from);
        if (start.isAfter(end)) {
            throw ProblemException.invalid("from", "a month not after 'to'");
        }
        if (ChronoUnit.MONTHS.between(start, end) >= MAX_MONTHS) {
            throw ProblemException.invalid("from", "at most " + MAX_MONTHS + " months before 'to'");
        }
        return new Period(start, end);
    }

    /** Each month of the period (every month listed, zero where nothing happened). */
    @Transactional
    public List<MonthlyFlow> monthly(Period period, String county, boolean perCounty) {
        Optional<String> scope = scope(county);
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (MonthCount c : flow.monthly(period.start(), period.end(), scope, perCounty)) {
            long[] row = counts.computeIfAbsent(c.month() + "|" + c.countyCode(), k -> new long[8]);
            row[column(c.step())] += c.cases();
        }
        List<String> counties = !perCounty ? java.util.Collections.singletonList(scope.orElse(null))
                : scope.map(List::of).orElseGet(() -> Arrays.stream(County.values()).map(County::code).toList());
        List<MonthlyFlow> result = new ArrayList<>();
        for (YearMonth month : period.months()) {
            for (String code : counties) {
                long[] r = counts.getOrDefault(month + "|" + (perCounty ? code : null), new long[8]);
                result.add(new MonthlyFlow(month.toString(), code, r[0], r[1], r[2], r[3], r[5] + r[6] + r[7], r[5],
                        r[6], r[7]));
            }
        }
        return result;
    }

    @Transactional
    public AttritionFunnel funnel(Period period, String county) {
        Optional<String> scope = scope(county);
        FunnelCounts f = flow.funnel(period.start(), period.end(), scope);
        long[] cases = { f.reported(), f.referred(), f.charged(), f.inCourt(), f.judged() };
        Double[] days = { null, f.daysToReferral(), f.daysToCharge(), f.daysToCourt(), f.daysToJudgment() };
        List<AttritionFunnel.Step> steps = new ArrayList<>();
        for (CaseFlowRepository.Step step : CaseFlowRepository.Step.values()) {
            int i = step.ordinal();
            long lost = i == 0 ? 0 : cases[i - 1] - cases[i];
            Double share = i == 0 || cases[i - 1] == 0 ? null : (double) lost / cases[i - 1];
            steps.add(new AttritionFunnel.Step(step.name(), cases[i], lost, share, days[i]));
        }
        return new AttritionFunnel(period.from().toString(), period.to().toString(), scope.orElse(null), steps,
                f.convicted(), f.acquitted(), f.withoutOutcomeOnTheMerits(),
                f.reported() == 0 ? null : (double) f.judged() / f.reported());
    }

    @Transactional
    public AdjournmentReasons adjournments(Period period, String county) {
        Optional<String> scope = scope(county);
        Map<String, Long> byReason = new LinkedHashMap<>();
        for (AdjournmentReason r : AdjournmentReason.values()) {
            byReason.put(r.name(), 0L);
        }
        for (ReasonCount c : flow.adjournments(period.from().atDay(1), period.to().atEndOfMonth(), scope)) {
            byReason.merge(c.reason(), c.adjournments(), Long::sum);
        }
        long total = byReason.values().stream().mapToLong(Long::longValue).sum();
        return new AdjournmentReasons(period.from().toString(), period.to().toString(), scope.orElse(null), total,
                byReason.entrySet().stream().map(e -> new AdjournmentReasons.Reason(e.getKey(), e.getValue(),
                        total == 0 ? null : (double) e.getValue() / total)).toList());
    }

    public static String monthlyCsv(List<MonthlyFlow> rows) {
        StringBuilder sb = new StringBuilder("month,county_code,county_name,reported,referred,charged,in_court,judged,"
                + "convicted,acquitted,ended_without_outcome_on_the_merits\n");
        for (MonthlyFlow m : rows) {
            sb.append(Csv.cell(m.month())).append(',').append(Csv.cell(m.countyCode())).append(',')
                    .append(Csv.cell(m.countyCode() == null ? null : County.byCode(m.countyCode()).map(County::displayName).orElse(null)))
                    .append(',').append(m.reported()).append(',').append(m.referred()).append(',').append(m.charged())
                    .append(',').append(m.inCourt()).append(',').append(m.judged()).append(',').append(m.convicted())
                    .append(',').append(m.acquitted()).append(',').append(m.endedWithoutOutcomeOnTheMerits()).append('\n');
        }
        return sb.toString();
    }

    public static String funnelCsv(AttritionFunnel f) {
        StringBuilder sb = new StringBuilder("from,to,county_code,step,cases,lost,share_lost,median_days_from_previous_step\n");
        for (AttritionFunnel.Step s : f.steps()) {
            sb.append(Csv.cell(f.from())).append(',').append(Csv.cell(f.to())).append(',').append(Csv.cell(f.countyCode()))
                    .append(',').append(Csv.cell(s.step())).append(',').append(s.cases()).append(',').append(s.lost())
                    .append(',').append(number(s.shareLost(), 4)).append(',').append(number(s.medianDaysFromPreviousStep(), 2))
                    .append('\n');
        }
        return sb.toString();
    }

    public static String adjournmentsCsv(AdjournmentReasons a) {
        StringBuilder sb = new StringBuilder("from,to,county_code,reason,adjournments,share\n");
        for (AdjournmentReasons.Reason r : a.reasons()) {
            sb.append(Csv.cell(a.from())).append(',').append(Csv.cell(a.to())).append(',').append(Csv.cell(a.countyCode()))
                    .append(',').append(Csv.cell(r.reason())).append(',').append(r.adjournments()).append(',')
                    .append(number(r.share(), 4)).append('\n');
        }
        return sb.toString();
    }

    private Optional<String> scope(String requested) {
        String county = access.scopeCounty(requested == null || requested.isBlank() ? null : requested.strip());
        if (county != null && County.byCode(county).isEmpty()) {
            throw ProblemException.invalid("county", "a county code from 001 to 047");
        }
        return Optional.ofNullable(county);
    }

    private static int column(String step) {
        return switch (step) {
            case "REPORTED" -> 0;
            case "REFERRED" -> 1;
            case "CHARGED" -> 2;
            case "IN_COURT" -> 3;
            case "CONVICTED" -> 5;
            case "ACQUITTED" -> 6;
            case "WITHOUT_OUTCOME_ON_THE_MERITS" -> 7;
            default -> throw new IllegalStateException("unknown step " + step);
        };
    }

    private static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "a month as YYYY-MM");
        }
    }

    private static String number(Double d, int decimals) {
        return d == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", d);
    }
}
