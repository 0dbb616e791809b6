package ke.haki.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ke.haki.kit.security.Roles;
import ke.haki.monitoring.api.RebuildReport;
import ke.haki.monitoring.service.MonitorAccess;
import ke.haki.monitoring.service.RebuildService;

@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NGEC_MONITOR)
@Tag(name = "Administration", description = "Operations on the monitoring projection")
@SecurityRequirement(name = "SecurityScheme")
public class AdminResource {

    @Inject
    RebuildService rebuild;

    @Inject
    MonitorAccess access;

    @POST
    @Path("/projection/rebuild")
    @Operation(summary = "Rebuild the projection from the topics",
            description = "Wipes the case projection and replays nps.case-events.v1 and odpp.case-events.v1 from the "
                    + "beginning. Alerts and their history stay. National monitors only (no county in the token); "
                    + "live event processing waits while it runs.")
    @APIResponse(responseCode = "403", description = "Not a national NGEC monitor")
    public RebuildReport rebuild() {
        access.requireNational("Rebuilding the projection");
        return rebuild.rebuild();
    }
}
