package ke.haki.police.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.kit.problem.ProblemDetail;
import ke.haki.kit.rest.Http;
import ke.haki.kit.security.Roles;
import ke.haki.police.api.StationRequest;
import ke.haki.police.api.StationView;
import ke.haki.police.service.StationService;

@Path("/api/v1/stations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stations", description = "Police stations: the county and ODPP office a case registered there belongs to")
@SecurityRequirement(name = "SecurityScheme")
@APIResponse(responseCode = "400", description = "Invalid input: the offending fields are named",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "401", description = "No valid access token")
@APIResponse(responseCode = "403", description = "The caller's role may not do this")
public class StationResource {

    @Inject
    StationService service;

    @GET
    @RolesAllowed({ Roles.POLICE_OFFICER, Roles.POLICE_SUPERVISOR, Roles.NPS_ADMIN })
    @Operation(summary = "List stations", description = "By code, optionally of one county.")
    public Page<StationView> search(
            @QueryParam("county") @Parameter(example = "047") String county,
            @QueryParam("page") @Parameter(description = "From 0") Integer page,
            @QueryParam("size") @Parameter(description = "1 to 100, default 20") Integer size) {
        return service.search(county, PageRequest.of(page, size));
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ Roles.POLICE_OFFICER, Roles.POLICE_SUPERVISOR, Roles.NPS_ADMIN })
    @Operation(summary = "Read a station")
    @APIResponse(responseCode = "404", description = "No such station",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response get(@PathParam("code") @Parameter(example = "NRB-KILIMANI") String code) {
        StationView view = service.get(code);
        return Response.ok(view).tag(Http.etag(view.version())).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.NPS_ADMIN)
    @Operation(summary = "Add or change a station (NPS administrators)",
            description = "A change of county or ODPP office applies to cases registered from then on; registered cases keep "
                    + "theirs. `active: false` closes the station to new cases.")
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(schema = @Schema(implementation = StationView.class)))
    @APIResponse(responseCode = "409", description = "The If-Match version is stale",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response put(@PathParam("code") @Parameter(example = "NRB-KILIMANI") String code,
            @HeaderParam("If-Match") @Parameter(description = "The station version last read (its ETag); a stale one answers 409") String ifMatch,
            @NotNull @Valid StationRequest request) {
        StationView view = service.put(code, Http.expectedVersion(ifMatch), request);
        return Response.ok(view).tag(Http.etag(view.version())).build();
    }
}
