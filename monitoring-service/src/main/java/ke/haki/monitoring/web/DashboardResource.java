package ke.haki.monitoring.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import ke.haki.contract.ngec.AlertStatusChanged.AlertStatus;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;
import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.security.Roles;
import ke.haki.law.County;
import ke.haki.monitoring.api.AdjournmentReasons;
import ke.haki.monitoring.api.AlertCounts;
import ke.haki.monitoring.api.AlertFilter;
import ke.haki.monitoring.api.AlertView;
import ke.haki.monitoring.api.AreaStatistics;
import ke.haki.monitoring.api.AttritionFunnel;
import ke.haki.monitoring.api.CaseView;
import ke.haki.monitoring.api.MonthlyFlow;
import ke.haki.monitoring.domain.AlertLifecycle;
import ke.haki.monitoring.domain.Stage;
import ke.haki.monitoring.rest.AlertFilters;
import ke.haki.monitoring.service.AlertFollowUpService;
import ke.haki.monitoring.service.CaseFlowService;
import ke.haki.monitoring.service.CaseQueryService;
import ke.haki.monitoring.service.MonitorAccess;
import ke.haki.monitoring.service.StatisticsService;

/**
 * The NGEC dashboard: server-rendered pages over the same services as the JSON API. Signed in
 * through the browser tenant ({@code quarkus.oidc.dashboard.*}, authorization-code flow); POST forms
 * are checked against cross-site requests by {@link SameOriginFilter}.
 */
@Path("/dashboard")
@RolesAllowed(Roles.NGEC_MONITOR)
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    /** Alerts shown on one page of the queue. */
    static final int QUEUE_PAGE_SIZE = PageRequest.DEFAULT_SIZE;

    @Inject
    AlertFollowUpService alerts;

    @Inject
    CaseQueryService cases;

    @Inject
    StatisticsService statistics;

    @Inject
    MonitorAccess access;

    @Inject
    DashboardLanguage language;

    @Location("dashboard/alerts.html")
    Template alertsPage;

    @Location("dashboard/case.html")
    Template casePage;

    @Location("dashboard/overview.html")
    Template overviewPage;

    @Location("dashboard/trends.html")
    Template trendsPage;

    @Location("dashboard/summary.html")
    Template summaryPage;

    @Inject
    java.time.Clock clock;

    @Inject
    CaseFlowService flow;

    @GET
    public TemplateInstance home(@QueryParam("type") String type, @QueryParam("county") String county,
            @QueryParam("station") String station, @QueryParam("status") String status,
            @QueryParam("severity") String severity, @QueryParam("page") String page,
            @QueryParam("done") String done, @QueryParam("error") String error) {
        return queue(type, county, station, status, severity, page, done, error);
    }

    /**
     * The queue: alerts needing action (or of one chosen status), most severe first, then oldest
     * first, a page at a time, with how many alerts each filter value would list.
     */
    @GET
    @Path("/alerts")
    public TemplateInstance queue(@QueryParam("type") String type, @QueryParam("county") String county,
            @QueryParam("station") String station, @QueryParam("status") String status,
            @QueryParam("severity") String severity, @QueryParam("page") String page,
            @QueryParam("done") String done, @QueryParam("error") String error) {
        AlertFilter filter = AlertFilters.parse(type, county, station, status, severity, AlertLifecycle.ACTIVE);
        AlertStatus chosen = filter.statuses().size() == 1 ? filter.statuses().iterator().next() : null;
        int pageNumber = pageNumber(page);
        AlertFollowUpService.Queue queue = alerts.queue(filter, new PageRequest(pageNumber, QUEUE_PAGE_SIZE));
        Page<AlertView> found = queue.page();
        AlertCounts counts = queue.counts();
        long from = found.items().isEmpty() ? 0 : (long) pageNumber * found.size() + 1;
        return page(alertsPage).data("alerts", found.items())
                .data("total", found.totalItems())
                .data("from", from)
                .data("to", from == 0 ? 0 : from + found.items().size() - 1)
                .data("pageNumber", pageNumber + 1)
                .data("pages", Math.max(1, found.totalPages()))
                .data("previous", pageNumber > 0 ? link(filter, chosen, Math.min(pageNumber, found.totalPages()) - 1) : null)
                .data("next", pageNumber + 1 < found.totalPages() ? link(filter, chosen, pageNumber + 1) : null)
                .data("types", Arrays.stream(AlertType.values())
                        .map(t -> new Choice(t.name(), counts.byType().get(t), t == filter.type())).toList())
                .data("statuses", Arrays.stream(AlertStatus.values())
                        .map(s -> new Choice(s.name(), counts.byStatus().get(s), s == chosen)).toList())
                .data("severities", Arrays.stream(Severity.values()).sorted(Comparator.reverseOrder())
                        .map(v -> new Choice(v.name(), counts.bySeverity().get(v), v == filter.severity())).toList())
                .data("activeCount", AlertLifecycle.ACTIVE.stream().mapToLong(s -> counts.byStatus().get(s)).sum())
                .data("county", filter.countyCode() == null ? "" : filter.countyCode())
                .data("station", filter.stationCode() == null ? "" : filter.stationCode())
                .data("back", link(filter, chosen, pageNumber))
                .data("colleagues", List.of())
                .data("done", blank(done))
                .data("error", blank(error));
    }

    @POST
    @Path("/alerts/{alertId}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("alertId") UUID alertId, @PathParam("action") String action,
            @FormParam("version") Long version, @FormParam("note") String note, @FormParam("assignee") String assignee,
            @FormParam("back") String back) {
        String n = blank(note);
        String target = back != null && back.startsWith("/dashboard") && !back.startsWith("//") ? back : "/dashboard/alerts";
        DashboardMessages msg = language.messages();
        String message;
        try {
            AlertView changed = switch (action) {
                case "acknowledge" -> alerts.acknowledge(alertId, version, n);
                case "escalate" -> alerts.escalate(alertId, version, n);
                case "assign" -> {
                    if (blank(assignee) == null || assignee.trim().length() > 200) {
                        throw ProblemException.invalid("assignee", "the monitor's account to assign the alert to");
                    }
                    yield alerts.assign(alertId, version, assignee.trim(), n);
                }
                case "resolve" -> alerts.resolve(alertId, version, n);
                default -> throw ProblemException.notFound("This action");
            };
            message = "done=" + encode(msg.changed(msg.alertType(changed.type().name()), changed.caseId(),
                    msg.alertStatus(changed.status().name())));
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            message = "error=" + encode(e.getMessage() == null ? msg.refused() : msg.refused() + ": " + e.getMessage());
        }
        return Response.seeOther(URI.create(target + (target.contains("?") ? "&" : "?") + message)).build();
    }

    @GET
    @Path("/cases/{caseId}")
    public TemplateInstance casePage(@PathParam("caseId") String caseId, @QueryParam("done") String done,
            @QueryParam("error") String error) {
        CaseView c = cases.get(caseId);
        return page(casePage).data("c", c)
                .data("done", blank(done))
                .data("error", blank(error))
                .data("timeline", cases.timeline(caseId))
                .data("alerts", cases.alertsWithHistory(caseId))
                .data("colleagues", alerts.colleagues(c.countyCode()))
                .data("nextCourtDate", cases.nextCourtDate(caseId).map(Object::toString).orElse(null))
                .data("back", "/dashboard/cases/" + encode(caseId))
                .data("timeLeft", c.deadline() == null ? null : humanDuration(c.deadline().secondsLeft(), language.messages()));
    }

    /**
     * A one-page summary of the case for follow-up letters to the agencies (print CSS): references,
     * stage, deadline, next court date, open alerts and the key events, without the child's
     * pseudonym, age band or the victim's timeline entries.
     */
    @GET
    @Path("/cases/{caseId}/summary")
    public TemplateInstance caseSummary(@PathParam("caseId") String caseId) {
        CaseView c = cases.get(caseId);
        return page(summaryPage).data("c", c)
                .data("county", County.byCode(c.countyCode()).map(County::displayName).orElse(c.countyCode()))
                .data("events", cases.timeline(caseId).stream()
                        .filter(e -> !e.eventType().equals(ke.haki.contract.EventType.NPS_VICTIM_RECORDED.typeName())).toList())
                .data("openAlerts", cases.alerts(caseId).stream().filter(a -> AlertLifecycle.ACTIVE.contains(a.status())).toList())
                .data("nextCourtDate", cases.nextCourtDate(caseId).map(Object::toString).orElse(null))
                .data("prepared", TemplateSupport.fmt(clock.instant()))
                .data("timeLeft", c.deadline() == null ? null : humanDuration(c.deadline().secondsLeft(), language.messages()));
    }

    @GET
    @Path("/overview")
    public TemplateInstance overview(@QueryParam("figure") String figureParam) {
        CountyMap.Figure figure = figureParam == null || figureParam.isBlank() ? CountyMap.Figure.OPEN
                : CountyMap.Figure.byParam(figureParam.strip()).orElseThrow(() -> ProblemException.invalid("figure",
                        "one of " + Arrays.stream(CountyMap.Figure.values()).map(CountyMap.Figure::param).toList()));
        List<AreaStatistics> counties = statistics.counties();
        Map<String, Long> byStage = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            if (stage.isOpen()) {
                byStage.put(stage.name(), counties.stream()
                        .mapToLong(c -> c.casesByStage().getOrDefault(stage.name(), 0L)).sum());
            }
        }
        long maxStage = Math.max(1, byStage.values().stream().mapToLong(Long::longValue).max().orElse(1));
        List<Bar> stageBars = byStage.entrySet().stream()
                .map(e -> new Bar(e.getKey(), e.getKey(), e.getValue(), percent(e.getValue(), maxStage))).toList();
        long maxOpen = Math.max(1, counties.stream().mapToLong(AreaStatistics::openCases).max().orElse(1));
        List<Bar> countyBars = counties.stream()
                .map(c -> new Bar(c.code(), c.name(), c.openCases(), percent(c.openCases(), maxOpen))).toList();
        DashboardMessages msg = language.messages();
        return page(overviewPage).data("counties", counties)
                .data("figure", figure.param())
                .data("figureName", figure.label(msg))
                .data("figures", Arrays.stream(CountyMap.Figure.values())
                        .map(f -> new Option(f.param(), f.label(msg), f == figure)).toList())
                .data("tiles", CountyMap.tiles(counties, figure, msg.noOpenCase()))
                .data("steps", CountyMap.steps(counties, figure))
                .data("mapWidth", CountyMap.width())
                .data("mapHeight", CountyMap.height())
                .data("stageBars", stageBars)
                .data("countyBars", countyBars)
                .data("totalOpen", counties.stream().mapToLong(AreaStatistics::openCases).sum())
                .data("totalQuiet", counties.stream().mapToLong(AreaStatistics::quietCases).sum())
                .data("totalClosed", counties.stream().mapToLong(AreaStatistics::closedWithoutCourtOutcome).sum())
                .data("totalProhibited", counties.stream().mapToLong(AreaStatistics::prohibitedAttempts).sum());
    }

    /**
     * Trends and the attrition funnel: the funnel of the cases reported in the period, each month's
     * counts, and the court's adjournments by reason, each with its CSV.
     */
    @GET
    @Path("/trends")
    public TemplateInstance trends(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("county") String county) {
        CaseFlowService.Period period = flow.period(from, to);
        AttritionFunnel funnel = flow.funnel(period, county);
        List<MonthlyFlow> months = flow.monthly(period, county, false);
        AdjournmentReasons adjournments = flow.adjournments(period, county);
        DashboardMessages msg = language.messages();
        long first = Math.max(1, funnel.steps().get(0).cases());
        List<FunnelRow> rows = funnel.steps().stream().map(s -> new FunnelRow(s.step(), msg.flowStep(s.step()), s.cases(),
                s.lost(), share(s.shareLost()), days(s.medianDaysFromPreviousStep()), percent(s.cases(), first))).toList();
        Optional<String> own = access.county();
        String chosen = own.orElse(funnel.countyCode());
        List<Option> counties = new ArrayList<>();
        if (own.isEmpty()) {
            counties.add(new Option("", msg.allCounties(), chosen == null));
        }
        for (County c : County.values()) {
            if (own.isEmpty() || own.get().equals(c.code())) {
                counties.add(new Option(c.code(), c.code() + " " + c.displayName(), c.code().equals(chosen)));
            }
        }
        String query = "from=" + period.from() + "&to=" + period.to() + (chosen == null ? "" : "&county=" + chosen);
        return page(trendsPage).data("from", period.from().toString()).data("to", period.to().toString())
                .data("counties", counties)
                .data("funnel", funnel)
                .data("funnelRows", rows)
                .data("reachedJudgment", share(funnel.reachedJudgment()))
                .data("months", months)
                .data("adjournments", adjournments)
                .data("reasonShares", adjournments.reasons().stream()
                        .map(r -> new Bar(r.reason(), msg.adjournmentReason(r.reason()), r.adjournments(),
                                percent(r.adjournments(), Math.max(1, adjournments.adjournments())))).toList())
                .data("query", query);
    }

    @GET
    @Path("/trends.csv")
    @Produces("text/csv")
    public Response trendsCsv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("county") String county, @QueryParam("perCounty") boolean perCounty) {
        List<MonthlyFlow> rows = flow.monthly(flow.period(from, to), county, perCounty);
        return csv(CaseFlowService.monthlyCsv(rows), perCounty ? "ngec-trends-per-county.csv" : "ngec-trends.csv");
    }

    @GET
    @Path("/funnel.csv")
    @Produces("text/csv")
    public Response funnelCsv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("county") String county) {
        return csv(CaseFlowService.funnelCsv(flow.funnel(flow.period(from, to), county)), "ngec-funnel.csv");
    }

    @GET
    @Path("/adjournments.csv")
    @Produces("text/csv")
    public Response adjournmentsCsv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("county") String county) {
        return csv(CaseFlowService.adjournmentsCsv(flow.adjournments(flow.period(from, to), county)),
                "ngec-adjournments.csv");
    }

    private static Response csv(String body, String filename) {
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    /** One step of the funnel as the page shows it: its bar's width in percent of the reported cases. */
    public record FunnelRow(String step, String label, long cases, long lost, String shareLost, String medianDays,
            int width) {}

    private static String share(Double share) {
        return share == null ? "—" : String.format(java.util.Locale.ROOT, "%.0f%%", share * 100);
    }

    private static String days(Double days) {
        return days == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f", days);
    }

    /**
     * Switches the dashboard's language: remembered in a cookie for a year, then back to the page the
     * monitor was on.
     */
    @GET
    @Path("/language")
    public Response switchLanguage(@QueryParam("lang") String lang, @QueryParam("back") String back) {
        DashboardLanguage.Lang chosen = DashboardLanguage.Lang.byTag(lang)
                .orElseThrow(() -> ProblemException.invalid("lang", "en or sw"));
        String target = back != null && back.startsWith("/dashboard") && !back.startsWith("//") ? back : "/dashboard/alerts";
        NewCookie cookie = new NewCookie.Builder(DashboardLanguage.COOKIE).value(chosen.tag()).path("/dashboard")
                .maxAge(365 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(target)).cookie(cookie).build();
    }

    /** A page in the monitor's language, with what the layout shows on every page. */
    private TemplateInstance page(Template template) {
        DashboardLanguage.Lang current = language.current();
        DashboardLanguage.Lang other = current == DashboardLanguage.Lang.EN ? DashboardLanguage.Lang.SW : DashboardLanguage.Lang.EN;
        return template.instance().setLocale(current.locale())
                .data("lang", current.tag())
                .data("otherLang", other)
                .data("switchLink", "/dashboard/language?lang=" + other.tag() + "&back=" + encode(language.here()))
                .data("user", access.account());
    }

    @GET
    @Path("/overview.csv")
    @Produces("text/csv")
    public Response overviewCsv() {
        return Response.ok(StatisticsService.csv(statistics.counties()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ngec-counties.csv\"").build();
    }

    /** One value of a filter of the queue, with how many alerts it would list. */
    public record Choice(String value, long count, boolean selected) {}

    /** One choice of a select whose text is made in Java. */
    public record Option(String value, String label, boolean selected) {}

    /** One bar of a server-rendered chart: its width in percent of the largest. */
    public record Bar(String code, String label, long value, int width) {}

    static String humanDuration(long seconds, DashboardMessages msg) {
        long s = Math.abs(seconds);
        long days = s / 86_400;
        long hours = (s % 86_400) / 3_600;
        long minutes = (s % 3_600) / 60;
        String text = days > 0 ? msg.daysHours(days, hours) : hours > 0 ? msg.hoursMinutes(hours, minutes) : msg.minutes(minutes);
        return seconds < 0 ? msg.overdueBy(text) : msg.left(text);
    }

    private static int percent(long value, long max) {
        return (int) Math.round(100.0 * value / max);
    }

    /** The queue's address with these filters, at a page (from 0). */
    private static String link(AlertFilter filter, AlertStatus status, int page) {
        List<String> parts = new ArrayList<>();
        if (filter.type() != null) {
            parts.add("type=" + filter.type().name());
        }
        if (filter.countyCode() != null) {
            parts.add("county=" + encode(filter.countyCode()));
        }
        if (filter.stationCode() != null) {
            parts.add("station=" + encode(filter.stationCode()));
        }
        if (status != null) {
            parts.add("status=" + status.name());
        }
        if (filter.severity() != null) {
            parts.add("severity=" + filter.severity().name());
        }
        if (page > 0) {
            parts.add("page=" + page);
        }
        return "/dashboard/alerts" + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
    }

    private static int pageNumber(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int page = Integer.parseInt(value.strip());
            if (page >= 0) {
                return page;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid("page", "a page number, from 0");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
