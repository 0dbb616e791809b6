package ke.haki.monitoring.web;

import static ke.haki.monitoring.web.DashboardLayout.percent;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.security.Roles;
import ke.haki.monitoring.api.AreaStatistics;
import ke.haki.monitoring.domain.Stage;
import ke.haki.monitoring.service.StatisticsService;
import ke.haki.monitoring.web.DashboardLayout.Bar;
import ke.haki.monitoring.web.DashboardLayout.Option;

/** The dashboard's overview: the county map of a chosen figure, the cases by stage and county, and their CSV. */
@Path("/dashboard")
@RolesAllowed(Roles.NGEC_MONITOR)
@Produces(MediaType.TEXT_HTML)
public class OverviewPage {

    @Inject
    StatisticsService statistics;

    @Inject
    DashboardLayout layout;

    @Location("dashboard/overview.html")
    Template overviewPage;

    @GET
    @Path("/overview")
    public TemplateInstance overview(@QueryParam("figure") String figureParam) {
        CountyMap.Figure figure = figureParam == null || figureParam.isBlank() ? CountyMap.Figure.OPEN
                : CountyMap.Figure.byParam(figureParam.strip()).orElseThrow(() -> ProblemException.invalid("figure",
                        "one of " + Arrays.stream(CountyMap.Figure.values()).map(CountyMap.Figure::param).toList()));
        List<AreaStatistics> counties = statistics.counties();
        long maxOpen = Math.max(1, counties.stream().mapToLong(AreaStatistics::openCases).max().orElse(1));
        List<Bar> countyBars = counties.stream()
                .map(c -> new Bar(c.code(), c.name(), c.openCases(), percent(c.openCases(), maxOpen))).toList();
        DashboardMessages msg = layout.messages();
        return layout.page(overviewPage).data("counties", counties)
                .data("figure", figure.param())
                .data("figureName", figure.label(msg))
                .data("figures", Arrays.stream(CountyMap.Figure.values())
                        .map(f -> new Option(f.param(), f.label(msg), f == figure)).toList())
                .data("tiles", CountyMap.tiles(counties, figure, msg.noOpenCase()))
                .data("steps", CountyMap.steps(counties, figure))
                .data("mapWidth", CountyMap.width())
                .data("mapHeight", CountyMap.height())
                .data("stageBars", stageBars(counties))
                .data("countyBars", countyBars)
                .data("totalOpen", counties.stream().mapToLong(AreaStatistics::openCases).sum())
                .data("totalQuiet", counties.stream().mapToLong(AreaStatistics::quietCases).sum())
                .data("totalClosed", counties.stream().mapToLong(AreaStatistics::closedWithoutCourtOutcome).sum())
                .data("totalProhibited", counties.stream().mapToLong(AreaStatistics::prohibitedAttempts).sum());
    }

    /** The open cases of every county by stage, a bar per open stage. */
    private static List<Bar> stageBars(List<AreaStatistics> counties) {
        Map<String, Long> byStage = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            if (stage.isOpen()) {
                byStage.put(stage.name(), counties.stream()
                        .mapToLong(c -> c.casesByStage().getOrDefault(stage.name(), 0L)).sum());
            }
        }
        long maxStage = Math.max(1, byStage.values().stream().mapToLong(Long::longValue).max().orElse(1));
        return byStage.entrySet().stream()
                .map(e -> new Bar(e.getKey(), e.getKey(), e.getValue(), percent(e.getValue(), maxStage))).toList();
    }

    @GET
    @Path("/overview.csv")
    @Produces("text/csv")
    public Response overviewCsv() {
        return Response.ok(StatisticsService.csv(statistics.counties()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ngec-counties.csv\"").build();
    }
}
