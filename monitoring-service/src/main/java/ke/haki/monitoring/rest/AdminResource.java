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
import ke.haki.monitoring.service.RebuildService;

/** Operations on the monitoring service itself: for NGEC administrators, not for every monitor. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NGEC_ADMIN)
@Tag(name = "Administration", description = "Operations on the monitoring projection")
@SecurityRequirement(name = "SecurityScheme")
public class AdminResource {

    @Inject
    RebuildService rebuild;

    @POST
    @Path("/projection/rebuild")
    @Operation(summary = "Rebuild the projection from the topics",
            description = "Wipes the case projection and replays nps.case-events.v1 and odpp.case-events.v1 from the "
                    + "beginning. Alerts and their history stay. Role ngec-admin only; "
                    + "live event processing waits while it runs.")
    @APIResponse(responseCode = "403", description = "Not an NGEC administrator (role ngec-admin)")
    public RebuildReport rebuild() {
        return rebuild.rebuild();
    }
}
