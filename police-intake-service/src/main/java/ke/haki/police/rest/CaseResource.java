package ke.haki.police.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.kit.problem.ProblemDetail;
import ke.haki.kit.rest.Http;
import ke.haki.kit.security.Caller;
import ke.haki.kit.security.Roles;
import ke.haki.police.api.CaseCreatedView;
import ke.haki.police.api.CaseView;
import ke.haki.police.api.ClosureRequest;
import ke.haki.police.api.InvestigationUpdateRequest;
import ke.haki.police.api.MedicalEvidenceRequest;
import ke.haki.police.api.ReferralRequest;
import ke.haki.police.api.RegisterCaseRequest;
import ke.haki.police.api.ResubmissionRequest;
import ke.haki.police.api.TimelineEntryView;
import ke.haki.police.api.VictimRecordedView;
import ke.haki.police.api.VictimRequest;
import ke.haki.police.api.VictimView;
import ke.haki.police.domain.CaseStatus;
import ke.haki.police.api.CaseFilter;
import ke.haki.police.service.CaseService;
import ke.haki.police.service.RegistrationService;
import ke.haki.police.service.VictimService;

/**
 * The police file of a case ({@code /api/v1/cases}): registration, search, the case, its timeline,
 * the victim, medical evidence, investigation progress, referral, re-submission and closure. The
 * suspects are {@link SuspectResource}.
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
public class CaseResource {

    static final String IF_MATCH_DOC = "The case version last read (its ETag); a stale version answers 409";

    @Inject
    CaseService service;

    @Inject
    RegistrationService registration;

    @Inject
    VictimService victims;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    Caller caller;

    @POST
    @Operation(summary = "Register a defilement report", description = "Returns the cross-agency case id. "
            + "Send an Idempotency-Key so that a retry creates nothing twice.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = CaseCreatedView.class)))
    @APIResponse(responseCode = "409", description = "The OB number is already registered at the station",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response register(
            @Parameter(description = "Makes retries safe: the first answer is replayed") @HeaderParam(IdempotentRequests.HEADER) String key,
            @NotNull @Valid RegisterCaseRequest request) {
        Outcome<CaseCreatedView> outcome = idempotency.create(caller.account(), key, request,
                () -> {
                    CaseCreatedView created = registration.register(request);
                    return new Created<>(created, "/api/v1/cases/" + created.caseId());
                },
                location -> {
                    CaseView c = service.get(Replays.lastSegment(location));
                    return new CaseCreatedView(c.caseId(), c.obNumber(), c.status(), c.version());
                });
        return Http.created(outcome, outcome.body().version());
    }

    @GET
    @Operation(summary = "Search cases", description = "Filtered by county, station, status and report date; "
            + "scoped to the caller's station (officer) or county (supervisor). Newest first.")
    public Page<CaseView> search(
            @QueryParam("county") @Parameter(example = "047") String county,
            @QueryParam("station") @Parameter(example = "NRB-KILIMANI") String station,
            @QueryParam("status") @Parameter(example = "REFERRED_TO_ODPP") String status,
            @QueryParam("reportedFrom") @Parameter(description = "ISO-8601 instant, inclusive") String reportedFrom,
            @QueryParam("reportedTo") @Parameter(description = "ISO-8601 instant, exclusive") String reportedTo,
            @QueryParam("page") @Parameter(description = "From 0") Integer page,
            @QueryParam("size") @Parameter(description = "1 to 100, default 20") Integer size) {
        CaseFilter filter = new CaseFilter(county, station, Http.enumValue(CaseStatus.class, "status", status), Http.instant("reportedFrom", reportedFrom),
                Http.instant("reportedTo", reportedTo));
        return service.search(filter, PageRequest.of(page, size));
    }

    @GET
    @Path("/{caseId}")
    @Operation(summary = "Read a case (no victim identity)")
    public Response get(@PathParam("caseId") String caseId) {
        CaseView view = service.get(caseId);
        return Response.ok(view).tag(Http.etag(view.version())).build();
    }

    @GET
    @Path("/{caseId}/timeline")
    @Operation(summary = "The case's timeline: police events and what ODPP reported back")
    public List<TimelineEntryView> timeline(@PathParam("caseId") String caseId) {
        return service.timeline(caseId);
    }

    @PUT
    @Path("/{caseId}/victim")
    @Operation(summary = "Record or correct the victim's particulars",
            description = "The identity is encrypted at rest and never published; other agencies see the pseudonym, "
                    + "age at offence and age band.")
    public Response recordVictim(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid VictimRequest request) {
        VictimRecordedView view = victims.recordVictim(caseId, Http.expectedVersion(ifMatch), request);
        return Response.ok(view).tag(Http.etag(view.version())).build();
    }

    @GET
    @Path("/{caseId}/victim")
    @Operation(summary = "Read the victim's identity (police only)")
    public VictimView victim(@PathParam("caseId") String caseId) {
        return victims.victim(caseId);
    }

    @POST
    @Path("/{caseId}/medical-evidence")
    @Operation(summary = "Record a PRC or P3 form")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response addMedicalEvidence(@PathParam("caseId") String caseId,
            @HeaderParam(IdempotentRequests.HEADER) String key,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid MedicalEvidenceRequest request) {
        Outcome<CaseView> outcome = idempotency.create(caller.account(), key, new Replays.Keyed(caseId, request),
                () -> new Created<>(service.addMedicalEvidence(caseId, Http.expectedVersion(ifMatch), request), "/api/v1/cases/" + caseId),
                location -> service.get(caseId));
        return Http.created(outcome, outcome.body().version());
    }

    @POST
    @Path("/{caseId}/investigation-updates")
    @Operation(summary = "Record investigation progress", description = "The note stays with the police; only the step is published.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response addInvestigationUpdate(@PathParam("caseId") String caseId,
            @HeaderParam(IdempotentRequests.HEADER) String key,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid InvestigationUpdateRequest request) {
        Outcome<CaseView> outcome = idempotency.create(caller.account(), key, new Replays.Keyed(caseId, request),
                () -> new Created<>(service.addInvestigationUpdate(caseId, Http.expectedVersion(ifMatch), request), "/api/v1/cases/" + caseId),
                location -> service.get(caseId));
        return Http.created(outcome, outcome.body().version());
    }

    @POST
    @Path("/{caseId}/referral")
    @Operation(summary = "Refer the file to ODPP for a charging decision",
            description = "Needs the victim's particulars and at least one suspect.")
    @APIResponse(responseCode = "422", description = "The case cannot be referred in its state",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response refer(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid ReferralRequest request) {
        CaseView view = service.refer(caseId, Http.expectedVersion(ifMatch), request);
        return Response.ok(view).tag(Http.etag(view.version())).build();
    }

    @POST
    @Path("/{caseId}/resubmission")
    @Operation(summary = "Re-submit a file ODPP returned for further investigation")
    public Response resubmit(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid ResubmissionRequest request) {
        CaseView view = service.resubmit(caseId, Http.expectedVersion(ifMatch), request);
        return Response.ok(view).tag(Http.etag(view.version())).build();
    }

    @POST
    @Path("/{caseId}/closure")
    @Operation(summary = "Close the file for a lawful reason",
            description = "Withdrawal, complainant withdrawal, mediation, reconciliation, informal settlement and maslaha are "
                    + "refused with 422 naming the rule and statute; the case is unchanged and the attempt is published "
                    + "for the NGEC. A lawful closure is still a closure without a court outcome, which the NGEC follows up.")
    @APIResponse(responseCode = "422", description = "Prohibited closure, or the case cannot be closed by police in its state",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response close(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid ClosureRequest request) {
        CaseView view = service.close(caseId, Http.expectedVersion(ifMatch), request);
        return Response.ok(view).tag(Http.etag(view.version())).build();
    }

}
