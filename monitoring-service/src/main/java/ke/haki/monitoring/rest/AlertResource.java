package ke.haki.monitoring.rest;

import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import ke.haki.monitoring.api.AlertFilter;
import ke.haki.monitoring.api.AlertView;
import ke.haki.monitoring.api.AssignRequest;
import ke.haki.monitoring.api.NoteRequest;
import ke.haki.monitoring.api.ResolveRequest;
import ke.haki.monitoring.service.AlertFollowUpService;

@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NGEC_MONITOR)
@Tag(name = "Alerts", description = "Cases that went quiet, closed without a court outcome or broke a rule, and their follow-up")
@SecurityRequirement(name = "SecurityScheme")
@APIResponse(responseCode = "400", description = "Invalid input: the offending fields are named",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "401", description = "No valid access token")
@APIResponse(responseCode = "403", description = "Not an NGEC monitor")
@APIResponse(responseCode = "404", description = "No such alert in the caller's county",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public class AlertResource {

    private static final String IF_MATCH_DOC = "The alert version last read (its ETag); a stale version answers 409";

    @Inject
    AlertFollowUpService service;

    @GET
    @Operation(summary = "List alerts", description = "Filtered by type, county, station, status, severity and "
            + "minimum age; a monitor with a county in the token sees that county only. Alerts still needing action "
            + "(not resolved or cleared) first, then most severe first, then oldest first.")
    public Page<AlertView> list(
            @QueryParam("type") @Parameter(example = "CASE_QUIET") String type,
            @QueryParam("county") @Parameter(example = "045") String county,
            @QueryParam("station") @Parameter(example = "KSI-CENTRAL") String station,
            @QueryParam("status") @Parameter(example = "OPEN") String status,
            @QueryParam("severity") @Parameter(description = "LOW, MEDIUM, HIGH or CRITICAL", example = "CRITICAL") String severity,
            @QueryParam("minAgeDays") @Min(0) @Parameter(description = "Only alerts raised at least this many days ago", example = "7") Integer minAgeDays,
            @QueryParam("page") @Parameter(description = "From 0") Integer page,
            @QueryParam("size") @Parameter(description = "1 to 100, default 20") Integer size) {
        AlertFilter filter = AlertFilters.parse(type, county, station, status, severity, Set.of());
        return service.search(filter, minAgeDays, PageRequest.of(page, size));
    }

    @GET
    @Path("/{alertId}")
    @Operation(summary = "Read an alert with its history")
    public Response get(@PathParam("alertId") UUID alertId) {
        return ok(service.get(alertId));
    }

    @POST
    @Path("/{alertId}/acknowledge")
    @Operation(summary = "Acknowledge an alert", description = "Publishes ke.ngec.alert.status-changed.v1.")
    @APIResponse(responseCode = "409", description = "Stale version, or the alert is resolved or cleared",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response acknowledge(@PathParam("alertId") UUID alertId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch, @Valid NoteRequest request) {
        return ok(service.acknowledge(alertId, Requests.version(ifMatch), request == null ? null : request.note()));
    }

    @POST
    @Path("/{alertId}/assign")
    @Operation(summary = "Assign an alert to a monitor's account", description = "Publishes ke.ngec.alert.status-changed.v1.")
    @APIResponse(responseCode = "409", description = "Stale version, or the alert is resolved or cleared",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response assign(@PathParam("alertId") UUID alertId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid AssignRequest request) {
        return ok(service.assign(alertId, Requests.version(ifMatch), request.assignee(), request.note()));
    }

    @POST
    @Path("/{alertId}/escalate")
    @Operation(summary = "Escalate an alert", description = "Publishes ke.ngec.alert.status-changed.v1.")
    @APIResponse(responseCode = "409", description = "Stale version, or the alert is resolved or cleared",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response escalate(@PathParam("alertId") UUID alertId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch, @Valid NoteRequest request) {
        return ok(service.escalate(alertId, Requests.version(ifMatch), request == null ? null : request.note()));
    }

    @POST
    @Path("/{alertId}/resolve")
    @Operation(summary = "Resolve an alert with a note", description = "The note is required. Publishes ke.ngec.alert.status-changed.v1.")
    @APIResponse(responseCode = "409", description = "Stale version, or the alert is resolved or cleared",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response resolve(@PathParam("alertId") UUID alertId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid ResolveRequest request) {
        return ok(service.resolve(alertId, Requests.version(ifMatch), request.note()));
    }

    private static Response ok(AlertView view) {
        return Response.ok(view).tag(new EntityTag(Long.toString(view.version()))).build();
    }
}
