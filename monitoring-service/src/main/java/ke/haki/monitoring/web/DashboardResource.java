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
import ke.haki.monitoring.api.AlertView;
import ke.haki.monitoring.api.AreaStatistics;
import ke.haki.monitoring.api.CaseView;
import ke.haki.monitoring.domain.AlertLifecycle;
import ke.haki.monitoring.domain.Stage;
import ke.haki.monitoring.repository.AlertRepository.AlertCounts;
import ke.haki.monitoring.repository.AlertRepository.AlertFilter;
import ke.haki.monitoring.rest.AlertFilters;
import ke.haki.monitoring.service.AlertFollowUpService;
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

    @Location("dashboard/alerts.html")
    Template alertsPage;

    @Location("dashboard/case.html")
    Template casePage;

    @Location("dashboard/overview.html")
    Template overviewPage;

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
        return alertsPage.data("alerts", found.items())
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
                .data("done", blank(done))
                .data("error", blank(error))
                .data("user", access.account());
    }

    @POST
    @Path("/alerts/{alertId}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("alertId") UUID alertId, @PathParam("action") String action,
            @FormParam("version") Long version, @FormParam("note") String note, @FormParam("assignee") String assignee,
            @FormParam("back") String back) {
        String n = blank(note);
        String target = back != null && back.startsWith("/dashboard") && !back.startsWith("//") ? back : "/dashboard/alerts";
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
            message = "done=" + encode(changed.type() + " alert on case " + changed.caseId() + " is now " + changed.status());
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            message = "error=" + encode(e.getMessage() == null ? "The change was refused" : e.getMessage());
        }
        return Response.seeOther(URI.create(target + (target.contains("?") ? "&" : "?") + message)).build();
    }

    @GET
    @Path("/cases/{caseId}")
    public TemplateInstance casePage(@PathParam("caseId") String caseId) {
        CaseView c = cases.get(caseId);
        return casePage.data("c", c)
                .data("timeline", cases.timeline(caseId))
                .data("alerts", cases.alerts(caseId))
                .data("timeLeft", c.deadline() == null ? null : humanDuration(c.deadline().secondsLeft()))
                .data("user", access.account());
    }

    @GET
    @Path("/overview")
    public TemplateInstance overview() {
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
        return overviewPage.data("counties", counties)
                .data("stageBars", stageBars)
                .data("countyBars", countyBars)
                .data("totalOpen", counties.stream().mapToLong(AreaStatistics::openCases).sum())
                .data("totalQuiet", counties.stream().mapToLong(AreaStatistics::quietCases).sum())
                .data("totalClosed", counties.stream().mapToLong(AreaStatistics::closedWithoutCourtOutcome).sum())
                .data("totalProhibited", counties.stream().mapToLong(AreaStatistics::prohibitedAttempts).sum())
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

    /** One bar of a server-rendered chart: its width in percent of the largest. */
    public record Bar(String code, String label, long value, int width) {}

    static String humanDuration(long seconds) {
        long s = Math.abs(seconds);
        long days = s / 86_400;
        long hours = (s % 86_400) / 3_600;
        long minutes = (s % 3_600) / 60;
        String text = days > 0 ? days + " d " + hours + " h" : hours > 0 ? hours + " h " + minutes + " min" : minutes + " min";
        return seconds < 0 ? "overdue by " + text : text + " left";
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
