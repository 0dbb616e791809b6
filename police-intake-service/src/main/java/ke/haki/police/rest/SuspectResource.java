package ke.haki.police.rest;

import static ke.haki.police.rest.CaseResource.IF_MATCH_DOC;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ke.haki.kit.idempotency.IdempotentRequests;
import ke.haki.kit.idempotency.IdempotentRequests.Created;
import ke.haki.kit.idempotency.IdempotentRequests.Outcome;
import ke.haki.kit.problem.ProblemDetail;
import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.rest.Http;
import ke.haki.kit.security.Caller;
import ke.haki.kit.security.Roles;
import ke.haki.police.api.ArraignmentRequest;
import ke.haki.police.api.ArrestRequest;
import ke.haki.police.api.ReleaseRequest;
import ke.haki.police.api.SuspectRequest;
import ke.haki.police.api.SuspectView;
import ke.haki.police.service.SuspectService;

/**
 * The suspects of a case ({@code /api/v1/cases/{caseId}/suspects}): recorded, arrested, arraigned
 * or released. The same tag, roles and common answers as {@link CaseResource}, of which it is a part.
 */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.POLICE_OFFICER, Roles.POLICE_SUPERVISOR })
@Tag(name = "Cases", description = "The police file of a defilement case, from report to referral")
@SecurityRequirement(name = "SecurityScheme")
@APIResponse(responseCode = "400", description = "Invalid input: the offending fields are named",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "401", description = "No valid access token")
@APIResponse(responseCode = "403", description = "The caller's role may not do this")
@APIResponse(responseCode = "404", description = "No such case in the caller's station or county",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public class SuspectResource {

    @Inject
    SuspectService service;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    Caller caller;

    @POST
    @Path("/{caseId}/suspects")
    @Operation(summary = "Record a suspect", description = "The suspect's name stays with the police.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = SuspectView.class)))
    public Response addSuspect(@PathParam("caseId") String caseId,
            @HeaderParam(IdempotentRequests.HEADER) String key,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid SuspectRequest request) {
        Outcome<SuspectView> outcome = idempotency.create(caller.account(), key, new Replays.Keyed(caseId, request),
                () -> {
                    SuspectView s = service.addSuspect(caseId, Http.expectedVersion(ifMatch), request);
                    return new Created<>(s, "/api/v1/cases/" + caseId + "/suspects/" + s.suspectRef());
                },
                location -> service.suspects(caseId).stream()
                        .filter(s -> s.suspectRef().equals(Replays.lastSegment(location))).findFirst()
                        .orElseThrow(() -> ProblemException.notFound("The suspect")));
        return Http.created(outcome, null);
    }

    @GET
    @Path("/{caseId}/suspects")
    @Operation(summary = "List the suspects of a case")
    public List<SuspectView> suspects(@PathParam("caseId") String caseId) {
        return service.suspects(caseId);
    }

    @POST
    @Path("/{caseId}/suspects/{suspectRef}/arrest")
    @Operation(summary = "Record an arrest", description = "Starts the arraignment clock of Constitution Art. 49(1)(f): "
            + "24 hours, or the end of the next court day when those end outside court hours (08:00-17:00 EAT by "
            + "default) or on a weekend or gazetted public holiday.")
    public SuspectView arrest(@PathParam("caseId") String caseId, @PathParam("suspectRef") String suspectRef,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid ArrestRequest request) {
        return service.arrest(caseId, suspectRef, Http.expectedVersion(ifMatch), request);
    }

    @POST
    @Path("/{caseId}/suspects/{suspectRef}/arraignment")
    @Operation(summary = "Record an arraignment", description = "Records whether it was within the limit of "
            + "Constitution Art. 49(1)(f) (24 hours, or the end of the next court day).")
    public SuspectView arraign(@PathParam("caseId") String caseId, @PathParam("suspectRef") String suspectRef,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid ArraignmentRequest request) {
        return service.arraign(caseId, suspectRef, Http.expectedVersion(ifMatch), request);
    }

    @POST
    @Path("/{caseId}/suspects/{suspectRef}/release")
    @Operation(summary = "Record a release on police bond or cash bail", description = "Stops the arraignment clock of "
            + "Constitution Art. 49(1)(f) for a suspect not yet arraigned. 409 when the suspect is not in police custody.")
    public SuspectView release(@PathParam("caseId") String caseId, @PathParam("suspectRef") String suspectRef,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid ReleaseRequest request) {
        return service.release(caseId, suspectRef, Http.expectedVersion(ifMatch), request);
    }
}
