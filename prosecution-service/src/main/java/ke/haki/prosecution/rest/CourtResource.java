package ke.haki.prosecution.rest;

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

import ke.haki.kit.idempotency.IdempotentRequests.Created;
import ke.haki.kit.idempotency.IdempotentRequests.Outcome;
import ke.haki.kit.idempotency.IdempotentRequests;
import ke.haki.kit.problem.ProblemDetail;
import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.rest.Http;
import ke.haki.kit.security.Caller;
import ke.haki.kit.security.Roles;
import ke.haki.prosecution.api.AppealDecisionRequest;
import ke.haki.prosecution.api.AppealRequest;
import ke.haki.prosecution.api.CourtFilingRequest;
import ke.haki.prosecution.api.FileView;
import ke.haki.prosecution.api.JudgmentRequest;
import ke.haki.prosecution.api.PleaRequest;
import ke.haki.prosecution.api.SittingRequest;
import ke.haki.prosecution.api.SittingView;
import ke.haki.prosecution.api.TerminationRequest;
import ke.haki.prosecution.service.FileService;

/**
 * The case in court: the filing, the plea, the sittings, the judgment or an ending without a
 * verdict, the appeal and the appellate court's decision.
 */
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
public class CourtResource {

    @Inject
    FileService service;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    Caller caller;

    @POST
    @Path("/{caseId}/court-filing")
    @Operation(summary = "File the approved charge in court", description = "The court case number is validated: "
            + "`<kind> Case No. [E]<number> of <year>`, e.g. `Sexual Offence Case No. E035 of 2026`, the year being the "
            + "filing year. Publishes ke.odpp.charge.filed.v1.")
    @APIResponse(responseCode = "200", description = "Filed", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = FileApi.STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response fileInCourt(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = FileApi.IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid CourtFilingRequest request) {
        return FileApi.ok(service.fileInCourt(caseId, Http.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{caseId}/plea")
    @Operation(summary = "Record the plea", description = "Publishes ke.odpp.plea.recorded.v1.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = FileApi.STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response plea(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = FileApi.IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid PleaRequest request) {
        return FileApi.ok(service.plea(caseId, Http.expectedVersion(ifMatch), request));
    }

    @GET
    @Path("/{caseId}/sittings")
    @Operation(summary = "The court sittings of a file: mentions and hearings, with adjournments")
    public List<SittingView> sittings(@PathParam("caseId") String caseId) {
        return service.sittings(caseId);
    }

    @POST
    @Path("/{caseId}/sittings")
    @Operation(summary = "Record a mention or hearing", description = "An adjourned sitting needs the reason (witness absent, "
            + "accused absent, court not sitting, file not ready, other) and the next date. Send an Idempotency-Key so that a "
            + "retry records nothing twice. Publishes ke.odpp.court-sitting.recorded.v1.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = SittingView.class)))
    @APIResponse(responseCode = "422", description = FileApi.STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response sitting(@PathParam("caseId") String caseId,
            @Parameter(description = "Makes retries safe: the first answer is replayed") @HeaderParam(IdempotentRequests.HEADER) String key,
            @HeaderParam("If-Match") @Parameter(description = FileApi.IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid SittingRequest request) {
        Outcome<SittingView> outcome = idempotency.create(caller.account(), key, new FileApi.Keyed(caseId, request),
                () -> {
                    SittingView s = service.sitting(caseId, Http.expectedVersion(ifMatch), request);
                    return new Created<>(s, "/api/v1/files/" + caseId + "/sittings/" + s.id());
                },
                location -> service.sittings(caseId).stream()
                        .filter(s -> Long.toString(s.id()).equals(location.substring(location.lastIndexOf('/') + 1)))
                        .findFirst().orElseThrow(() -> ProblemException.notFound("The sitting")));
        return Http.created(outcome, outcome.body().fileVersion());
    }

    @POST
    @Path("/{caseId}/judgment")
    @Operation(summary = "Record the judgment", description = "Convicted (with the sentence as the court gave it: life, "
            + "years and months, or non-custodial) or acquitted (after trial, or no case to answer). For a conviction the "
            + "statutory minimum is computed from the count convicted on and the child's age the court found (SOA s.8(2) "
            + "life, s.8(3) 20 years, s.8(4) 15; s.9(2) 20, s.9(3) 10, s.9(4) 5; s.10 15; s.11(1) 10; s.20(1) 10) and a "
            + "sentence below it is flagged (Republic v Mwangi [2024] KESC 34); for an accused who was a child at the "
            + "offence the adult minimum does not bind (Children Act 2022). A discharge is not a verdict: 422 pointing to "
            + "the termination. Publishes ke.odpp.judgment.delivered.v1.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = FileApi.STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response judgment(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = FileApi.IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid JudgmentRequest request) {
        return FileApi.ok(service.judgment(caseId, Http.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{caseId}/termination")
    @Operation(summary = "Record an ending without a verdict", description = "The court ended the proceedings without "
            + "a decision on the merits: a discharge under CPC s.87(a) after a withdrawal, a discontinuance it permitted "
            + "(Art. 157(8); the ruling's reference is required), a complainant's withdrawal under CPC s.204, or "
            + "abatement on the accused's death. Recorded as what it is and published as "
            + "ke.odpp.proceedings.terminated.v1: the NGEC raises CLOSED_WITHOUT_COURT_OUTCOME (critical).")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = FileApi.STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response terminate(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = FileApi.IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid TerminationRequest request) {
        return FileApi.ok(service.terminate(caseId, Http.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{caseId}/appeals")
    @Operation(summary = "Record an appeal", description = "Send an Idempotency-Key so that a retry records nothing twice. "
            + "Publishes ke.odpp.appeal.filed.v1.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = FileApi.STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response appeal(@PathParam("caseId") String caseId,
            @Parameter(description = "Makes retries safe: the first answer is replayed") @HeaderParam(IdempotentRequests.HEADER) String key,
            @HeaderParam("If-Match") @Parameter(description = FileApi.IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid AppealRequest request) {
        Outcome<FileView> outcome = idempotency.create(caller.account(), key, new FileApi.Keyed(caseId, request),
                () -> new Created<>(service.appeal(caseId, Http.expectedVersion(ifMatch), request), "/api/v1/files/" + caseId),
                location -> service.get(caseId));
        return Http.created(outcome, outcome.body().version());
    }

    @POST
    @Path("/{caseId}/appeal-decision")
    @Operation(summary = "Record the appellate court's decision", description = "A retrial sends the file back to court "
            + "(a new plea is taken). Publishes ke.odpp.appeal.decided.v1.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = FileApi.STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response appealDecision(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = FileApi.IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid AppealDecisionRequest request) {
        return FileApi.ok(service.appealDecision(caseId, Http.expectedVersion(ifMatch), request));
    }
}
