package ke.haki.prosecution.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.kit.problem.ProblemDetail;
import ke.haki.kit.rest.Http;
import ke.haki.kit.security.Roles;
import ke.haki.prosecution.api.FileFilter;
import ke.haki.prosecution.api.FileView;
import ke.haki.prosecution.api.TimelineEntryView;
import ke.haki.prosecution.domain.FileStatus;
import ke.haki.prosecution.service.FileService;

/** Reading the files: search, one file, its timeline. */
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

    @Inject
    FileService service;

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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
