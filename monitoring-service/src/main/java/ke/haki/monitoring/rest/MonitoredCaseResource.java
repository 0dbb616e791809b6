package ke.haki.monitoring.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.kit.problem.ProblemDetail;
import ke.haki.kit.security.Roles;
import ke.haki.monitoring.api.AlertView;
import ke.haki.monitoring.api.CaseFilter;
import ke.haki.monitoring.api.CaseView;
import ke.haki.monitoring.api.TimelineEntryView;
import ke.haki.monitoring.domain.Stage;
import ke.haki.monitoring.service.CaseQueryService;

@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NGEC_MONITOR)
@Tag(name = "Monitored cases", description = "Every case's stage, identifiers, deadline and pseudonymised timeline")
@SecurityRequirement(name = "SecurityScheme")
@APIResponse(responseCode = "400", description = "Invalid input: the offending fields are named",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "401", description = "No valid access token")
@APIResponse(responseCode = "403", description = "Not an NGEC monitor")
@APIResponse(responseCode = "404", description = "No such case in the caller's county",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public class MonitoredCaseResource {

    @Inject
    CaseQueryService service;

    @GET
    @Operation(summary = "List monitored cases", description = "Filtered by county, station and stage; latest activity first.")
    public Page<CaseView> list(
            @QueryParam("county") @Parameter(example = "047") String county,
            @QueryParam("station") @Parameter(example = "NRB-KILIMANI") String station,
            @QueryParam("stage") @Parameter(example = "REFERRED") String stage,
            @QueryParam("page") @Parameter(description = "From 0") Integer page,
            @QueryParam("size") @Parameter(description = "1 to 100, default 20") Integer size) {
        CaseFilter filter = new CaseFilter(county == null || county.isBlank() ? null : county,
                station == null || station.isBlank() ? null : station, Requests.enumValue(Stage.class, "stage", stage));
        return service.search(filter, PageRequest.of(page, size));
    }

    @GET
    @Path("/{caseId}")
    @Operation(summary = "Read a case", description = "Stage, each agency's identifier, the next deadline and the time left or overdue.")
    public CaseView get(@PathParam("caseId") String caseId) {
        return service.get(caseId);
    }

    @GET
    @Path("/{caseId}/timeline")
    @Operation(summary = "The case's pseudonymised timeline across NPS and ODPP")
    public List<TimelineEntryView> timeline(@PathParam("caseId") String caseId) {
        return service.timeline(caseId);
    }

    @GET
    @Path("/{caseId}/alerts")
    @Operation(summary = "The case's alerts, active and past")
    public List<AlertView> alerts(@PathParam("caseId") String caseId) {
        return service.alerts(caseId);
    }
}
