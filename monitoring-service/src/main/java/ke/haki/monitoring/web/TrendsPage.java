package ke.haki.monitoring.web;

import static ke.haki.monitoring.web.DashboardLayout.percent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import ke.haki.kit.security.Roles;
import ke.haki.law.County;
import ke.haki.monitoring.api.AdjournmentReasons;
import ke.haki.monitoring.api.AttritionFunnel;
import ke.haki.monitoring.api.MonthlyFlow;
import ke.haki.monitoring.service.CaseFlowService;
import ke.haki.monitoring.service.MonitorAccess;
import ke.haki.monitoring.web.DashboardLayout.Bar;
import ke.haki.monitoring.web.DashboardLayout.Option;

/**
 * Trends and the attrition funnel: the funnel of the cases reported in the period, each month's
 * counts, and the court's adjournments by reason, each with its CSV.
 */
@Path("/dashboard")
@RolesAllowed(Roles.NGEC_MONITOR)
@Produces(MediaType.TEXT_HTML)
public class TrendsPage {

    @Inject
    CaseFlowService flow;

    @Inject
    MonitorAccess access;

    @Inject
    DashboardLayout layout;

    @Location("dashboard/trends.html")
    Template trendsPage;

    @GET
    @Path("/trends")
    public TemplateInstance trends(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("county") String county) {
        CaseFlowService.Period period = flow.period(from, to);
        AttritionFunnel funnel = flow.funnel(period, county);
        List<MonthlyFlow> months = flow.monthly(period, county, false);
        AdjournmentReasons adjournments = flow.adjournments(period, county);
        DashboardMessages msg = layout.messages();
        long first = Math.max(1, funnel.steps().get(0).cases());
        List<FunnelRow> rows = funnel.steps().stream().map(s -> new FunnelRow(s.step(), msg.flowStep(s.step()), s.cases(),
                s.lost(), share(s.shareLost()), days(s.medianDaysFromPreviousStep()), percent(s.cases(), first))).toList();
        String chosen = access.county().orElse(funnel.countyCode());
        String query = "from=" + period.from() + "&to=" + period.to() + (chosen == null ? "" : "&county=" + chosen);
        return layout.page(trendsPage).data("from", period.from().toString()).data("to", period.to().toString())
                .data("counties", counties(chosen, msg))
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

    /** The counties the caller may choose: every county and "all", or the caller's own county only. */
    private List<Option> counties(String chosen, DashboardMessages msg) {
        Optional<String> own = access.county();
        List<Option> counties = new ArrayList<>();
        if (own.isEmpty()) {
            counties.add(new Option("", msg.allCounties(), chosen == null));
        }
        for (County c : County.values()) {
            if (own.isEmpty() || own.get().equals(c.code())) {
                counties.add(new Option(c.code(), c.code() + " " + c.displayName(), c.code().equals(chosen)));
            }
        }
        return counties;
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
        return share == null ? "—" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    private static String days(Double days) {
        return days == null ? "—" : String.format(Locale.ROOT, "%.1f", days);
    }
}
