package ke.haki.prosecution.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import ke.haki.kit.problem.ProblemDetail;
import ke.haki.kit.rest.Http;
import ke.haki.kit.security.Roles;
import ke.haki.prosecution.api.AssignProsecutorRequest;
import ke.haki.prosecution.api.ChargeRequest;
import ke.haki.prosecution.api.DeclineRequest;
import ke.haki.prosecution.api.DeclineReviewRequest;
import ke.haki.prosecution.api.FileView;
import ke.haki.prosecution.api.ReturnForInvestigationRequest;
import ke.haki.prosecution.service.FileService;

/** The charging decision on a file: the prosecutor, the charge, no charge and its review, the return to the police. */
@Path("/api/v1/files")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PROSECUTOR)
@Tag(name = "Files", description = "The ODPP file of a defilement case, from police referral to judgment and appeal. "
        + "A file is addressed by the cross-agency case id; it is opened by the police referral event.")
@SecurityRequirement(name = "SecurityScheme")
@APIResponse(responseCode = "400", description = "Invalid input: the offending fields are named",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "401", description = "No valid access token")
@APIResponse(responseCode = "403", description = "The caller is not a prosecutor")
@APIResponse(responseCode = "404", description = "No such file in the prosecutor's county",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public class ChargingResource {

    @Inject
    FileService service;

    @PUT
    @Path("/{caseId}/prosecutor")
    @Operation(summary = "Assign a prosecutor", description = "Publishes ke.odpp.prosecutor.assigned.v1.")
    @APIResponse(responseCode = "200", description = "Assigned", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "409", description = "Stale version, or the prosecutor already holds the file",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response assign(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = FileApi.IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid AssignProsecutorRequest request) {
        return FileApi.ok(service.assign(caseId, Http.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{caseId}/charge")
    @Operation(summary = "Decide to charge", description = "Records the evidential and public-interest tests (ODPP Decision "
            + "to Charge Guidelines 2019; both must be met). The system proposes the counts from the offence and the child's "
            + "age band, e.g. `s.8(1) as read with s.8(3) Sexual Offences Act` with the alternative `s.11(1) Sexual Offences "
            + "Act`; other counts need an override reason. Publishes ke.odpp.charge.approved.v1.")
    @APIResponse(responseCode = "200", description = "Charge approved", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = FileApi.STATE_422 + "; or tests not met; or counts changed without a reason",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response charge(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = FileApi.IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid ChargeRequest request) {
        return FileApi.ok(service.charge(caseId, Http.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{caseId}/no-charge")
    @Operation(summary = "Decide not to charge, with the reason", description = "Allowed, but the case ends without a court "
            + "outcome: published as ke.odpp.charge.declined.v1 and followed up by the NGEC.")
    @APIResponse(responseCode = "200", description = "Declined", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = FileApi.STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response decline(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = FileApi.IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid DeclineRequest request) {
        return FileApi.ok(service.decline(caseId, Http.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{caseId}/decline-review")
    @Operation(summary = "Review a decision not to charge", description = "Re-opens a declined file for a new charging "
            + "decision (UNDER_REVIEW). Publishes ke.odpp.charge-decision.reviewed.v1; the police view and the NGEC follow.")
    @APIResponse(responseCode = "200", description = "Re-opened", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = FileApi.STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response reviewDecline(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = FileApi.IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid DeclineReviewRequest request) {
        return FileApi.ok(service.reviewDecline(caseId, Http.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{caseId}/return-for-investigation")
    @Operation(summary = "Return the file to the police for further investigation",
            description = "With directions and a respond-by date (Constitution Art. 157(4)). Publishes "
                    + "ke.odpp.case.returned-for-investigation.v1; the police re-submit with ke.nps.case.resubmitted.v1.")
    @APIResponse(responseCode = "200", description = "Returned", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = FileApi.STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response returnToPolice(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = FileApi.IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid ReturnForInvestigationRequest request) {
        return FileApi.ok(service.returnToPolice(caseId, Http.expectedVersion(ifMatch), request));
    }
}
