package ke.haki.prosecution.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import ke.haki.kit.problem.ProblemDetail;
import ke.haki.kit.rest.Http;
import ke.haki.kit.security.Roles;
import ke.haki.prosecution.api.DiversionOutcomeRequest;
import ke.haki.prosecution.api.DiversionRequest;
import ke.haki.prosecution.api.FileView;
import ke.haki.prosecution.domain.ClosureAction;
import ke.haki.prosecution.service.DiversionService;
import ke.haki.prosecution.service.FileService;

/**
 * Ending the prosecution without a court outcome: withdrawal, nolle prosequi, plea agreement and
 * reconciliation are always refused; a diversion only for a child accused, then its outcome.
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
public class ClosureResource {

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
        return FileApi.ok(service.attemptClosure(caseId, ClosureAction.valueOf(action.toUpperCase().replace('-', '_'))));
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
            @HeaderParam("If-Match") @Parameter(description = FileApi.IF_MATCH_DOC) String ifMatch,
            @RequestBody(description = "Required for a child accused") DiversionRequest request) {
        return FileApi.ok(diversions.divert(caseId, Http.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{caseId}/diversion-outcome")
    @Operation(summary = "Record how a child accused's diversion ended",
            description = "COMPLETED ends the case (DIVERSION_COMPLETED); FAILED resumes the prosecution where it stood "
                    + "(in court, charged, or under review). Publishes ke.odpp.diversion.concluded.v1.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", description = FileApi.STATE_422,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response diversionOutcome(@PathParam("caseId") String caseId,
            @HeaderParam("If-Match") @Parameter(description = FileApi.IF_MATCH_DOC) String ifMatch,
            @NotNull @Valid DiversionOutcomeRequest request) {
        return FileApi.ok(diversions.concludeDiversion(caseId, Http.expectedVersion(ifMatch), request));
    }
}
