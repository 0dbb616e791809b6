package ke.haki.monitoring.web;

import static ke.haki.monitoring.web.DashboardLayout.blank;
import static ke.haki.monitoring.web.DashboardLayout.encode;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
import ke.haki.monitoring.api.AlertCounts;
import ke.haki.monitoring.api.AlertFilter;
import ke.haki.monitoring.api.AlertView;
import ke.haki.monitoring.domain.AlertLifecycle;
import ke.haki.monitoring.rest.AlertFilters;
import ke.haki.monitoring.service.AlertFollowUpService;

/**
 * The dashboard's alert queue, its home page, and the actions on an alert (forms that answer with
 * a redirect back to the page they came from). Signed in through the browser tenant
 * ({@code quarkus.oidc.dashboard.*}, authorization-code flow); POST forms are checked against
 * cross-site requests by {@link SameOriginFilter}.
 */
@Path("/dashboard")
@RolesAllowed(Roles.NGEC_MONITOR)
@Produces(MediaType.TEXT_HTML)
public class AlertQueuePage {

    /** Alerts shown on one page of the queue. */
    static final int QUEUE_PAGE_SIZE = PageRequest.DEFAULT_SIZE;

    @Inject
    AlertFollowUpService alerts;

    @Inject
    DashboardLayout layout;

    @Location("dashboard/alerts.html")
    Template alertsPage;

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
        long from = found.items().isEmpty() ? 0 : (long) pageNumber * found.size() + 1;
        TemplateInstance listed = layout.page(alertsPage).data("alerts", found.items())
                .data("total", found.totalItems())
                .data("from", from)
                .data("to", from == 0 ? 0 : from + found.items().size() - 1)
                .data("pageNumber", pageNumber + 1)
                .data("pages", Math.max(1, found.totalPages()))
                .data("previous", pageNumber > 0 ? link(filter, chosen, Math.min(pageNumber, found.totalPages()) - 1) : null)
                .data("next", pageNumber + 1 < found.totalPages() ? link(filter, chosen, pageNumber + 1) : null);
        return choices(listed, filter, chosen, queue.counts())
                .data("county", filter.countyCode() == null ? "" : filter.countyCode())
                .data("station", filter.stationCode() == null ? "" : filter.stationCode())
                .data("back", link(filter, chosen, pageNumber))
                .data("colleagues", List.of())
                .data("done", blank(done))
                .data("error", blank(error));
    }

    /** The filters' choices, each with how many alerts it would list. */
    private static TemplateInstance choices(TemplateInstance page, AlertFilter filter, AlertStatus chosen,
            AlertCounts counts) {
        return page.data("types", Arrays.stream(AlertType.values())
                        .map(t -> new Choice(t.name(), counts.byType().get(t), t == filter.type())).toList())
                .data("statuses", Arrays.stream(AlertStatus.values())
                        .map(s -> new Choice(s.name(), counts.byStatus().get(s), s == chosen)).toList())
                .data("severities", Arrays.stream(Severity.values()).sorted(Comparator.reverseOrder())
                        .map(v -> new Choice(v.name(), counts.bySeverity().get(v), v == filter.severity())).toList())
                .data("activeCount", AlertLifecycle.ACTIVE.stream().mapToLong(s -> counts.byStatus().get(s)).sum());
    }

    @POST
    @Path("/alerts/{alertId}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("alertId") UUID alertId, @PathParam("action") String action,
            @FormParam("version") Long version, @FormParam("note") String note, @FormParam("assignee") String assignee,
            @FormParam("back") String back) {
        String n = blank(note);
        String target = DashboardLayout.back(back);
        DashboardMessages msg = layout.messages();
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

    /** One value of a filter of the queue, with how many alerts it would list. */
    public record Choice(String value, long count, boolean selected) {}

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
}
