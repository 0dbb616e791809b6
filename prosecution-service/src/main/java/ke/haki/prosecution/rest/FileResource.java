package ke.haki.prosecution.rest;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.security.Caller;
import ke.haki.kit.security.Roles;
import ke.haki.prosecution.api.AppealDecisionRequest;
import ke.haki.prosecution.api.AppealRequest;
import ke.haki.prosecution.api.AssignProsecutorRequest;
import ke.haki.prosecution.api.ChargeRequest;
import ke.haki.prosecution.api.CourtFilingRequest;
import ke.haki.prosecution.api.DeclineRequest;
import ke.haki.prosecution.api.DeclineReviewRequest;
import ke.haki.prosecution.api.DiversionOutcomeRequest;
import ke.haki.prosecution.api.DiversionRequest;
import ke.haki.prosecution.api.FileView;
import ke.haki.prosecution.api.JudgmentRequest;
import ke.haki.prosecution.api.PleaRequest;
import ke.haki.prosecution.api.ReturnForInvestigationRequest;
import ke.haki.prosecution.api.SittingRequest;
import ke.haki.prosecution.api.SittingView;
import ke.haki.prosecution.api.TerminationRequest;
import ke.haki.prosecution.api.TimelineEntryView;
import ke.haki.prosecution.domain.ClosureAction;
import ke.haki.prosecution.domain.FileStatus;
import ke.haki.prosecution.service.DiversionService;
import ke.haki.prosecution.api.FileFilter;
import ke.haki.prosecution.service.FileService;

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
public class FileResource {

    private static final String IF_MATCH_DOC = "The file version last read (its ETag); a stale version answers 409";
    private static final String STATE_422 = "The file's state does not allow this step (the `type` names the rule)";
    private static final String REFUSED_EXAMPLE = """
            {"type":"urn:haki:problem:prohibited-closure","title":"This way of ending the prosecution is prohibited for a defilement case",
             "status":422,"detail":"Plea agreements are excluded for Sexual Offences Act offences.",
             "instance":"/api/v1/files/5f0c8f0e-6f1e-4d5b-9c1a-2f4e8b9d7a10/plea-agreement",
             "rule":"SOA_NO_PLEA_AGREEMENT","statute":"Criminal Procedure Code s.137N; DPP letter of 15 February 2023",
             "attemptedAction":"PLEA_AGREEMENT","recordedAsComplianceEvent":true}""";
    private static final String DIVERSION_REFUSED_EXAMPLE = """
            {"type":"urn:haki:problem:prohibited-closure","title":"This way of ending the prosecution is prohibited for a defilement case",
             "status":422,"detail":"Diversion is not available to an adult accused of a Sexual Offences Act offence; it is for a child accused only.",
             "instance":"/api/v1/files/5f0c8f0e-6f1e-4d5b-9c1a-2f4e8b9d7a10/diversion",
             "rule":"SOA_NO_DIVERSION","statute":"DPP letter of 15 February 2023; Interior Ministry directive of December 2025",
             "attemptedAction":"DIVERSION","recordedAsComplianceEvent":true}""";

    @Inject
    FileService service;

    @Inject
    DiversionService diversions;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Search files", description = "Filtered by status, court, prosecutor and the date the referral "
            + "was received; scoped to the prosecutor's county. Newest first.")
    public Page<FileView> search(
            @QueryParam("status") @Parameter(example = "IN_COURT") String status,
            @QueryParam("county") @Parameter(description = "Only the caller's own county returns files", example = "047") String county,
            @QueryParam("court") @Parameter(example = "Kibera Law Courts") String court,
            @QueryParam("prosecutor") @Parameter(example = "prosecutor.nairobi") String prosecutor,
            @QueryParam("receivedFrom") @Parameter(description = "ISO-8601 instant, inclusive", example = "2026-01-01T00:00:00Z") String receivedFrom,
            @QueryParam("receivedTo") @Parameter(description = "ISO-8601 instant, exclusive", example = "2027-01-01T00:00:00Z") String receivedTo,
            @QueryParam("page") @Parameter(description = "From 0") Integer page,
            @QueryParam("size") @Parameter(description = "1 to 100, default 20") Integer size) {
        FileFilter filter = new FileFilter(blankToNull(county), Http.enumValue(FileStatus.class, "status", status), blankToNull(court), blankToNull(prosecutor),
                Http.instant("receivedFrom", receivedFrom), Http.instant("receivedTo", receivedTo));
        return service.search(filter, PageRequest.of(page, size));
    }

    @GET
    @Path("/{caseId}")
    @Operation(summary = "Read a file", description = "With the police facts (pseudonymous), the proposed charge, "
            + "the charging decision, the court record and the judgment. The ETag is the version.")
    public Response get(@PathParam("caseId") String caseId) {
        FileView view = service.get(caseId);
        return Response.ok(view).tag(Http.etag(view.version())).build();
    }

    @GET
    @Path("/{caseId}/timeline")
    @Operation(summary = "The file's timeline: what the police published and what ODPP did")
    public List<TimelineEntryView> timeline(@PathParam("caseId") String caseId) {
        return service.timeline(caseId);
    }

    @GET
    @Path("/{caseId}/sittings")
    @Operation(summary = "The court sittings of a file: mentions and hearings, with adjournments")
    public List<SittingView> sittings(@PathParam("caseId") String caseId) {
        return service.sittings(caseId);
    }

    @PUT
    @Path("/{caseId}/prosecutor")
    @Operation(summary = "Assign a prosecutor", description = "Publishes ke.odpp.prosecutor.assigned.v1.")
    @APIResponse(responseCode = "200", description = "Assigned", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "409", description = "Stale version, or the prosecutor already holds the file",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response assign(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid AssignProsecutorRequest request) {
        return ok(service.assign(caseId, Http.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{caseId}/charge")
    @Operation(summary = "Decide to charge", description = "Records the evidential and public-interest tests (ODPP Decision "
            + "to Charge Guidelines 2019; both must be met). The system proposes the counts from the offence and the child's "
            + "age band, e.g. `s.8(1) as read with s.8(3) Sexual Offences Act` with the alternative `s.11(1) Sexual Offences "
            + "Act`; other counts need an override reason. Publishes ke.odpp.charge.approved.v1.")
    @APIResponse(responseCode = "200", description = "Charge approved", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = STATE_422 + "; or tests not met; or counts changed without a reason",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response charge(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid ChargeRequest request) {
        return ok(service.charge(caseId, Http.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{caseId}/no-charge")
    @Operation(summary = "Decide not to charge, with the reason", description = "Allowed, but the case ends without a court "
            + "outcome: published as ke.odpp.charge.declined.v1 and followed up by the NGEC.")
    @APIResponse(responseCode = "200", description = "Declined", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response decline(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid DeclineRequest request) {
        return ok(service.decline(caseId, Http.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{caseId}/decline-review")
    @Operation(summary = "Review a decision not to charge", description = "Re-opens a declined file for a new charging "
            + "decision (UNDER_REVIEW). Publishes ke.odpp.charge-decision.reviewed.v1; the police view and the NGEC follow.")
    @APIResponse(responseCode = "200", description = "Re-opened", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response reviewDecline(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid DeclineReviewRequest request) {
        return ok(service.reviewDecline(caseId, Http.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{caseId}/return-for-investigation")
    @Operation(summary = "Return the file to the police for further investigation",
            description = "With directions and a respond-by date (Constitution Art. 157(4)). Publishes "
                    + "ke.odpp.case.returned-for-investigation.v1; the police re-submit with ke.nps.case.resubmitted.v1.")
    @APIResponse(responseCode = "200", description = "Returned", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response returnToPolice(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid ReturnForInvestigationRequest request) {
        return ok(service.returnToPolice(caseId, Http.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{caseId}/court-filing")
    @Operation(summary = "File the approved charge in court", description = "The court case number is validated: "
            + "`<kind> Case No. [E]<number> of <year>`, e.g. `Sexual Offence Case No. E035 of 2026`, the year being the "
            + "filing year. Publishes ke.odpp.charge.filed.v1.")
    @APIResponse(responseCode = "200", description = "Filed", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response fileInCourt(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid CourtFilingRequest request) {
        return ok(service.fileInCourt(caseId, Http.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{caseId}/plea")
    @Operation(summary = "Record the plea", description = "Publishes ke.odpp.plea.recorded.v1.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response plea(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid PleaRequest request) {
        return ok(service.plea(caseId, Http.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{caseId}/sittings")
    @Operation(summary = "Record a mention or hearing", description = "An adjourned sitting needs the reason (witness absent, "
            + "accused absent, court not sitting, file not ready, other) and the next date. Send an Idempotency-Key so that a "
            + "retry records nothing twice. Publishes ke.odpp.court-sitting.recorded.v1.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = SittingView.class)))
    @APIResponse(responseCode = "422", description = STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response sitting(@PathParam("caseId") String caseId,
            @Parameter(description = "Makes retries safe: the first answer is replayed") @HeaderParam(IdempotentRequests.HEADER) String key,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid SittingRequest request) {
        Outcome<SittingView> outcome = idempotency.create(caller.account(), key, new Keyed(caseId, request),
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
    @APIResponse(responseCode = "422", description = STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response judgment(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid JudgmentRequest request) {
        return ok(service.judgment(caseId, Http.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{caseId}/termination")
    @Operation(summary = "Record an ending without a verdict", description = "The court ended the proceedings without "
            + "a decision on the merits: a discharge under CPC s.87(a) after a withdrawal, a discontinuance it permitted "
            + "(Art. 157(8); the ruling's reference is required), a complainant's withdrawal under CPC s.204, or "
            + "abatement on the accused's death. Recorded as what it is and published as "
            + "ke.odpp.proceedings.terminated.v1: the NGEC raises CLOSED_WITHOUT_COURT_OUTCOME (critical).")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response terminate(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid TerminationRequest request) {
        return ok(service.terminate(caseId, Http.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{caseId}/appeals")
    @Operation(summary = "Record an appeal", description = "Send an Idempotency-Key so that a retry records nothing twice. "
            + "Publishes ke.odpp.appeal.filed.v1.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response appeal(@PathParam("caseId") String caseId,
            @Parameter(description = "Makes retries safe: the first answer is replayed") @HeaderParam(IdempotentRequests.HEADER) String key,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid AppealRequest request) {
        Outcome<FileView> outcome = idempotency.create(caller.account(), key, new Keyed(caseId, request),
                () -> new Created<>(service.appeal(caseId, Http.expectedVersion(ifMatch), request), "/api/v1/files/" + caseId),
                location -> service.get(caseId));
        return Http.created(outcome, outcome.body().version());
    }

    @POST
    @Path("/{caseId}/appeal-decision")
    @Operation(summary = "Record the appellate court's decision", description = "A retrial sends the file back to court "
            + "(a new plea is taken). Publishes ke.odpp.appeal.decided.v1.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response appealDecision(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid AppealDecisionRequest request) {
        return ok(service.appealDecision(caseId, Http.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{caseId}/{action: withdrawal|nolle-prosequi|plea-agreement|reconciliation}")
    @Operation(summary = "Withdrawal, nolle prosequi, plea agreement, reconciliation: always refused",
            description = "For a Sexual Offences Act case each is prohibited: withdrawal (CPC s.87(a)), nolle prosequi (CPC s.82; "
                    + "Constitution Art. 157(8)), plea agreement (CPC s.137N), reconciliation (CPC s.176), and the Interior "
                    + "Ministry directive of December 2025. The answer is 422 naming the rule and statute; nothing about the "
                    + "file changes (its version stays); the refused attempt is published as "
                    + "ke.odpp.closure-attempt.refused.v1 for the NGEC.")
    @APIResponse(responseCode = "422", description = "Refused by law",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "plea-agreement", value = REFUSED_EXAMPLE)))
    public Response prohibitedClosure(@PathParam("caseId") String caseId,
            @PathParam("action") @Parameter(schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "withdrawal", "nolle-prosequi", "plea-agreement", "reconciliation" })) String action) {
        return ok(service.attemptClosure(caseId, ClosureAction.valueOf(action.toUpperCase().replace('-', '_'))));
    }

    @POST
    @Path("/{caseId}/diversion")
    @Operation(summary = "Divert a child accused; refused for an adult",
            description = "Lawful only when every accused was under 18 at the offence (a child in conflict with the law, "
                    + "Children Act 2022; see docs/law.md for the sections): the file becomes DIVERTED and "
                    + "ke.odpp.diversion.recorded.v1 is published; the NGEC follows the case until the diversion is "
                    + "reported completed or failed. For an adult accused (or one whose age the police did not record) "
                    + "diversion of a Sexual Offences Act case is prohibited (DPP letter of 15 February 2023; Interior "
                    + "Ministry directive of December 2025): 422 naming the rule and statute, nothing changes, and the "
                    + "refused attempt is published as ke.odpp.closure-attempt.refused.v1.")
    @APIResponse(responseCode = "200", description = "The child accused was diverted",
            content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = "Refused by law (an adult accused), or the file's state does not allow it",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "adult-accused", value = DIVERSION_REFUSED_EXAMPLE)))
    public Response diversion(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @RequestBody(description = "Required for a child accused") DiversionRequest request) {
        return ok(diversions.divert(caseId, Http.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{caseId}/diversion-outcome")
    @Operation(summary = "Record how a child accused's diversion ended",
            description = "COMPLETED ends the case (DIVERSION_COMPLETED); FAILED resumes the prosecution where it stood "
                    + "(in court, charged, or under review). Publishes ke.odpp.diversion.concluded.v1.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response diversionOutcome(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid DiversionOutcomeRequest request) {
        return ok(diversions.concludeDiversion(caseId, Http.expectedVersion(ifMatch), request));
    }

    /** A request body bound to its file, so one Idempotency-Key cannot be replayed on another file. */
    record Keyed(String caseId, Object request) {}

    private static Response ok(FileView view) {
        return Response.ok(view).tag(Http.etag(view.version())).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
