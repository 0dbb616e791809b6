package ke.haki.monitoring.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.security.Roles;
import ke.haki.monitoring.api.AreaStatistics;
import ke.haki.monitoring.api.AdjournmentReasons;
import ke.haki.monitoring.api.AttritionFunnel;
import ke.haki.monitoring.api.MonthlyFlow;
import ke.haki.monitoring.service.CaseFlowService;
import ke.haki.monitoring.service.StatisticsService;

@Path("/api/v1/statistics")
@RolesAllowed(Roles.NGEC_MONITOR)
@Tag(name = "Statistics", description = "Compliance figures per county and per station, trends per Kenyan month, the attrition funnel and adjournment reasons, as JSON or CSV")
@SecurityRequirement(name = "SecurityScheme")
public class StatisticsResource {

    public static final String CSV = "text/csv";

    @Inject
    StatisticsService service;

    @Inject
    CaseFlowService flow;

    @GET
    @Path("/counties")
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(summary = "Figures for every county (all 47, zero where there is no case)",
            description = "CSV with `Accept: text/csv` or `?format=csv`.")
    @APIResponse(responseCode = "200", description = "One entry per county", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AreaStatistics.class)),
            @Content(mediaType = CSV) })
    public Response counties(@QueryParam("format") @Parameter(description = "json or csv", example = "csv") String format,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        return respond(service.counties(), format, headers);
    }

    @GET
    @Path("/stations")
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(summary = "Figures for every station with a case", description = "Optionally for one county. "
            + "CSV with `Accept: text/csv` or `?format=csv`.")
    @APIResponse(responseCode = "200", description = "One entry per station", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AreaStatistics.class)),
            @Content(mediaType = CSV) })
    public Response stations(@QueryParam("county") @Parameter(example = "045") String county,
            @QueryParam("format") @Parameter(description = "json or csv", example = "json") String format,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        return respond(service.stations(county == null || county.isBlank() ? null : county), format, headers);
    }

    @GET
    @Path("/trends")
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(summary = "Cases reported, referred, charged, in court and judged, per Kenyan month",
            description = "Every month of the period (Africa/Nairobi), zero where nothing happened: how many cases were "
                    + "reported, first referred, charged, first in court, and ended in court (convicted, acquitted, or "
                    + "without an outcome on the merits) in that month. Nationally (every county in the caller's scope), "
                    + "for one county, or with `perCounty=true` one row per county and month. A county monitor always "
                    + "sees their own county. CSV with `Accept: text/csv` or `?format=csv`.")
    @APIResponse(responseCode = "200", description = "One entry per month (and county)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MonthlyFlow.class),
                    examples = @ExampleObject(name = "march", value = """
                            [{"month":"2026-03","countyCode":"023","reported":5,"referred":4,"charged":2,"inCourt":2,\
                            "judged":0,"convicted":0,"acquitted":0,"endedWithoutOutcomeOnTheMerits":0}]""")),
            @Content(mediaType = CSV, examples = @ExampleObject(name = "csv", value = """
                    month,county_code,county_name,reported,referred,charged,in_court,judged,convicted,acquitted,ended_without_outcome_on_the_merits
                    2026-03,023,Turkana,5,4,2,2,0,0,0,0
                    """)) })
    @APIResponse(responseCode = "400", description = "A month that is not YYYY-MM, 'from' after 'to', more than 120 months, an unknown county",
            content = @Content(mediaType = "application/problem+json"))
    public Response trends(@QueryParam("from") @Parameter(description = "First month, YYYY-MM (default: 11 months before 'to')", example = "2026-01") String from,
            @QueryParam("to") @Parameter(description = "Last month, YYYY-MM (default: this month in Kenya)", example = "2026-06") String to,
            @QueryParam("county") @Parameter(description = "One county (a national monitor's choice)", example = "023") String county,
            @QueryParam("perCounty") @Parameter(description = "One row per county and month", example = "false") boolean perCounty,
            @QueryParam("format") @Parameter(description = "json or csv", example = "csv") String format,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        List<MonthlyFlow> rows = flow.monthly(flow.period(from, to), county, perCounty);
        return respond(rows, () -> CaseFlowService.monthlyCsv(rows), format, headers);
    }

    @GET
    @Path("/funnel")
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(summary = "The attrition funnel of the cases reported in a period, from report to judgment",
            description = "The cases reported in the Kenyan months from 'from' to 'to', followed to today: how many reached "
                    + "each step (referred, charged, in court, judged) or a later one, how many were lost at each step "
                    + "(lost, or not there yet) and their share of the step before, and the median days from the step "
                    + "before. CSV with `Accept: text/csv` or `?format=csv`.")
    @APIResponse(responseCode = "200", description = "The funnel", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttritionFunnel.class),
                    examples = @ExampleObject(name = "march", value = """
                            {"from":"2026-03","to":"2026-03","countyCode":"023","steps":[\
                            {"step":"REPORTED","cases":5,"lost":0,"shareLost":null,"medianDaysFromPreviousStep":null},\
                            {"step":"REFERRED","cases":4,"lost":1,"shareLost":0.2,"medianDaysFromPreviousStep":5.0},\
                            {"step":"CHARGED","cases":3,"lost":1,"shareLost":0.25,"medianDaysFromPreviousStep":16.0},\
                            {"step":"IN_COURT","cases":3,"lost":0,"shareLost":0.0,"medianDaysFromPreviousStep":2.0},\
                            {"step":"JUDGED","cases":3,"lost":0,"shareLost":0.0,"medianDaysFromPreviousStep":28.0}],\
                            "convicted":1,"acquitted":1,"endedWithoutOutcomeOnTheMerits":1,"reachedJudgment":0.6}""")),
            @Content(mediaType = CSV, examples = @ExampleObject(name = "csv", value = """
                    from,to,county_code,step,cases,lost,share_lost,median_days_from_previous_step
                    2026-03,2026-03,023,REPORTED,5,0,,
                    2026-03,2026-03,023,REFERRED,4,1,0.2000,5.00
                    """)) })
    @APIResponse(responseCode = "400", description = "A month that is not YYYY-MM, 'from' after 'to', an unknown county",
            content = @Content(mediaType = "application/problem+json"))
    public Response funnel(@QueryParam("from") @Parameter(description = "First month of reports, YYYY-MM", example = "2026-03") String from,
            @QueryParam("to") @Parameter(description = "Last month of reports, YYYY-MM", example = "2026-03") String to,
            @QueryParam("county") @Parameter(example = "023") String county,
            @QueryParam("format") @Parameter(description = "json or csv", example = "json") String format,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        AttritionFunnel funnel = flow.funnel(flow.period(from, to), county);
        return respond(funnel, () -> CaseFlowService.funnelCsv(funnel), format, headers);
    }

    @GET
    @Path("/adjournments")
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(summary = "Adjourned court sittings by reason",
            description = "The sittings dated in the Kenyan months from 'from' to 'to' that the court adjourned, counted by "
                    + "the reason ODPP recorded (every reason listed, OTHER also when none was given). The same sittings "
                    + "feed the TRIAL_DELAYED alert. CSV with `Accept: text/csv` or `?format=csv`.")
    @APIResponse(responseCode = "200", description = "The counts", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdjournmentReasons.class),
                    examples = @ExampleObject(name = "spring", value = """
                            {"from":"2026-03","to":"2026-05","countyCode":"023","adjournments":3,"reasons":[\
                            {"reason":"WITNESS_ABSENT","adjournments":2,"share":0.6667},\
                            {"reason":"ACCUSED_ABSENT","adjournments":1,"share":0.3333}]}""")),
            @Content(mediaType = CSV, examples = @ExampleObject(name = "csv", value = """
                    from,to,county_code,reason,adjournments,share
                    2026-03,2026-05,023,WITNESS_ABSENT,2,0.6667
                    """)) })
    @APIResponse(responseCode = "400", description = "A month that is not YYYY-MM, 'from' after 'to', an unknown county",
            content = @Content(mediaType = "application/problem+json"))
    public Response adjournments(@QueryParam("from") @Parameter(example = "2026-03") String from,
            @QueryParam("to") @Parameter(example = "2026-05") String to,
            @QueryParam("county") @Parameter(example = "023") String county,
            @QueryParam("format") @Parameter(description = "json or csv", example = "csv") String format,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        AdjournmentReasons reasons = flow.adjournments(flow.period(from, to), county);
        return respond(reasons, () -> CaseFlowService.adjournmentsCsv(reasons), format, headers);
    }

    private static Response respond(List<AreaStatistics> rows, String format, jakarta.ws.rs.core.HttpHeaders headers) {
        return respond(rows, () -> StatisticsService.csv(rows), format, headers);
    }

    private static Response respond(Object body, java.util.function.Supplier<String> csvBody, String format,
            jakarta.ws.rs.core.HttpHeaders headers) {
        boolean csv;
        if (format != null && !format.isBlank()) {
            if (!format.equals("csv") && !format.equals("json")) {
                throw ProblemException.invalid("format", "csv or json");
            }
            csv = format.equals("csv");
        } else {
            csv = headers.getAcceptableMediaTypes().stream()
                    .anyMatch(m -> m.getType().equals("text") && m.getSubtype().equals("csv"));
        }
        if (csv) {
            return Response.ok(csvBody.get(), CSV + "; charset=UTF-8").build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }
}
