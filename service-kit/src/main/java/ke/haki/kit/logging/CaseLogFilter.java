package ke.haki.kit.logging;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts the {@code caseId} path parameter of a matched request in the log context for the
 * request's lifetime (see {@link CaseLogContext}).
 */
public class CaseLogFilter {

    static final String PATH_PARAMETER = "caseId";

    @ServerRequestFilter
    public void enter(UriInfo uri) {
        String caseId = uri.getPathParameters().getFirst(PATH_PARAMETER);
        if (caseId != null && !caseId.isBlank()) {
            MDC.put(CaseLogContext.CASE_ID, caseId);
        }
    }

    @ServerResponseFilter
    public void leave() {
        MDC.remove(CaseLogContext.CASE_ID);
    }
}
