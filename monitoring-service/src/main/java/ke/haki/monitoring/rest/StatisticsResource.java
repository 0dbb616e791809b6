package ke.haki.monitoring.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.security.Roles;
import ke.haki.monitoring.api.AreaStatistics;
import ke.haki.monitoring.service.StatisticsService;

@Path("/api/v1/statistics")
@RolesAllowed(Roles.NGEC_MONITOR)
@Tag(name = "Statistics", description = "Compliance figures per county and per station, as JSON or CSV")
@SecurityRequirement(name = "SecurityScheme")
public class StatisticsResource {

    public static final String CSV = "text/csv";

    @Inject
    StatisticsService service;

    @GET
    @Path("/counties")
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(summary = "Figures for every county (all 47, zero where there is no case)",
            description = "CSV with `Accept: text/csv` or `?format=csv`.")
    @APIResponse(responseCode = "200", description = "One entry per county", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AreaStatistics.class)),
            @Content(mediaType = CSV) })
    public Response counties(@QueryParam("format") @Parameter(description = "json or csv", example = "csv") String format,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        return respond(service.counties(), format, headers);
    }

    @GET
    @Path("/stations")
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(summary = "Figures for every station with a case", description = "Optionally for one county. "
            + "CSV with `Accept: text/csv` or `?format=csv`.")
    @APIResponse(responseCode = "200", description = "One entry per station", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AreaStatistics.class)),
            @Content(mediaType = CSV) })
    public Response stations(@QueryParam("county") @Parameter(example = "045") String county,
            @QueryParam("format") @Parameter(description = "json or csv", example = "json") String format,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        return respond(service.stations(county == null || county.isBlank() ? null : county), format, headers);
    }

    private static Response respond(List<AreaStatistics> rows, String format, jakarta.ws.rs.core.HttpHeaders headers) {
        boolean csv;
        if (format != null && !format.isBlank()) {
            if (!format.equals("csv") && !format.equals("json")) {
                throw ProblemException.invalid("format", "csv or json");
            }
            csv = format.equals("csv");
        } else {
            csv = headers.getAcceptableMediaTypes().stream()
                    .anyMatch(m -> m.getType().equals("text") && m.getSubtype().equals("csv"));
        }
        if (csv) {
            return Response.ok(StatisticsService.csv(rows), CSV + "; charset=UTF-8").build();
        }
        return Response.ok(rows, MediaType.APPLICATION_JSON).build();
    }
}
