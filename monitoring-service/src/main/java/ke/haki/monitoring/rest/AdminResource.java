package ke.haki.monitoring.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.security.Caller;
import ke.haki.kit.security.Roles;
import ke.haki.monitoring.api.RebuildJobView;
import ke.haki.monitoring.service.RebuildService;

/** Operations on the monitoring service itself: for NGEC administrators, not for every monitor. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NGEC_ADMIN)
@Tag(name = "Administration", description = "Operations on the monitoring projection")
@SecurityRequirement(name = "SecurityScheme")
public class AdminResource {

    static final String REBUILDS = "/api/v1/admin/projection/rebuilds";

    @Inject
    RebuildService rebuild;

    @Inject
    Caller caller;

    @POST
    @Path("/projection/rebuilds")
    @Operation(summary = "Start a rebuild of the projection from the topics",
            description = "Starts a background job and answers at once: it builds a shadow projection from "
                    + "nps.case-events.v1 and odpp.case-events.v1 while the live projection keeps serving and consuming, "
                    + "then switches to it atomically and catches up the tail. Alerts and their history stay. One rebuild "
                    + "at a time. Takes no body. Role ngec-admin only.")
    @APIResponse(responseCode = "202", description = "Started; follow it at the Location",
            headers = @Header(name = "Location", description = "The job: /api/v1/admin/projection/rebuilds/{rebuildId}",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RebuildJobView.class)))
    @APIResponse(responseCode = "400", description = "A body was sent (this request takes none)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an NGEC administrator (role ngec-admin)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "A rebuild is already running (type urn:haki:problem:rebuild-running, "
            + "extension rebuildId)", content = @Content(mediaType = "application/problem+json"))
    public Response start(@HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength, @Context UriInfo uri) {
        if (contentLength != null && contentLength > 0) {
            throw ProblemException.invalid("body", "this request takes no body");
        }
        RebuildJobView job = rebuild.start(caller.account());
        return Response.accepted(job).location(uri.getBaseUriBuilder().path(REBUILDS).path(job.rebuildId().toString()).build())
                .build();
    }

    @GET
    @Path("/projection/rebuilds/{rebuildId}")
    @Operation(summary = "A projection rebuild and its progress",
            description = "State, phase, records read, events applied, events per second, started and finished. Role ngec-admin only.")
    @APIResponse(responseCode = "200", description = "The rebuild",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RebuildJobView.class)))
    @APIResponse(responseCode = "403", description = "Not an NGEC administrator (role ngec-admin)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such rebuild", content = @Content(mediaType = "application/problem+json"))
    public RebuildJobView get(@Parameter(description = "The rebuild's id, from the Location of its start",
            example = "3f0c2a4e-8d1b-4c7e-9a55-6b2d7e1f0a93") @PathParam("rebuildId") UUID rebuildId) {
        return rebuild.find(rebuildId).orElseThrow(() -> ProblemException.notFound("rebuild " + rebuildId));
    }

    @POST
    @Path("/projection/rebuild")
    @Operation(deprecated = true, summary = "Gone: use POST /api/v1/admin/projection/rebuilds",
            description = "The synchronous rebuild stopped the monitor while it ran; it is replaced by the rebuild job. "
                    + "Answers 410 problem+json naming the new endpoint (extension replacement).")
    @APIResponse(responseCode = "410", description = "Replaced by POST /api/v1/admin/projection/rebuilds (type urn:haki:problem:gone)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an NGEC administrator (role ngec-admin)",
            content = @Content(mediaType = "application/problem+json"))
    public Response gone() {
        throw new ProblemException(410, "gone", "Gone",
                "The synchronous rebuild is replaced by a job: POST " + REBUILDS + " (202, then follow the Location)",
                null, java.util.Map.of("replacement", REBUILDS));
    }
}
