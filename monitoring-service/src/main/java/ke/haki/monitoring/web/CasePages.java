package ke.haki.monitoring.web;

import static ke.haki.monitoring.web.DashboardLayout.blank;
import static ke.haki.monitoring.web.DashboardLayout.encode;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import ke.haki.contract.EventType;
import ke.haki.kit.security.Roles;
import ke.haki.law.County;
import ke.haki.monitoring.api.CaseView;
import ke.haki.monitoring.domain.AlertLifecycle;
import ke.haki.monitoring.service.AlertFollowUpService;
import ke.haki.monitoring.service.CaseQueryService;

/** The dashboard's pages of one case: the case page (its work) and the printable summary. */
@Path("/dashboard")
@RolesAllowed(Roles.NGEC_MONITOR)
@Produces(MediaType.TEXT_HTML)
public class CasePages {

    @Inject
    AlertFollowUpService alerts;

    @Inject
    CaseQueryService cases;

    @Inject
    DashboardLayout layout;

    @Inject
    Clock clock;

    @Location("dashboard/case.html")
    Template casePage;

    @Location("dashboard/summary.html")
    Template summaryPage;

    @GET
    @Path("/cases/{caseId}")
    public TemplateInstance casePage(@PathParam("caseId") String caseId, @QueryParam("done") String done,
            @QueryParam("error") String error) {
        CaseView c = cases.get(caseId);
        return layout.page(casePage).data("c", c)
                .data("done", blank(done))
                .data("error", blank(error))
                .data("timeline", cases.timeline(caseId))
                .data("alerts", cases.alertsWithHistory(caseId))
                .data("colleagues", alerts.colleagues(c.countyCode()))
                .data("nextCourtDate", cases.nextCourtDate(caseId).map(Object::toString).orElse(null))
                .data("back", "/dashboard/cases/" + encode(caseId))
                .data("timeLeft", timeLeft(c));
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
        return layout.page(summaryPage).data("c", c)
                .data("county", County.byCode(c.countyCode()).map(County::displayName).orElse(c.countyCode()))
                .data("events", cases.timeline(caseId).stream()
                        .filter(e -> !e.eventType().equals(EventType.NPS_VICTIM_RECORDED.typeName())).toList())
                .data("openAlerts", cases.alerts(caseId).stream().filter(a -> AlertLifecycle.ACTIVE.contains(a.status())).toList())
                .data("nextCourtDate", cases.nextCourtDate(caseId).map(Object::toString).orElse(null))
                .data("prepared", TemplateSupport.fmt(clock.instant()))
                .data("timeLeft", timeLeft(c));
    }

    private String timeLeft(CaseView c) {
        return c.deadline() == null ? null : humanDuration(c.deadline().secondsLeft(), layout.messages());
    }

    static String humanDuration(long seconds, DashboardMessages msg) {
        long s = Math.abs(seconds);
        long days = s / 86_400;
        long hours = (s % 86_400) / 3_600;
        long minutes = (s % 3_600) / 60;
        String text = days > 0 ? msg.daysHours(days, hours) : hours > 0 ? msg.hoursMinutes(hours, minutes) : msg.minutes(minutes);
        return seconds < 0 ? msg.overdueBy(text) : msg.left(text);
    }
}
