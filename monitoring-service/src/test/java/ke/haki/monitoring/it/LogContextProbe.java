package ke.haki.monitoring.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.MDC;

/** Test-only endpoint: answers what the log context (case id, trace id) holds while a request is handled. */
@Path("/test/log-context")
@RolesAllowed("ngec-monitor")
public class LogContextProbe {

    @GET
    @Path("/cases/{caseId}")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String forCase(@PathParam("caseId") String caseId) {
        return String.valueOf(MDC.get("caseId"));
    }

    /** The trace id the log context holds: what every log line of the request carries (JSON "mdc" in prod). */
    @GET
    @Path("/trace")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String trace() {
        return String.valueOf(MDC.get("traceId"));
    }

    @GET
    @Path("/other/{alertId}")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String other(@PathParam("alertId") String alertId) {
        return String.valueOf(MDC.get("caseId"));
    }
}
