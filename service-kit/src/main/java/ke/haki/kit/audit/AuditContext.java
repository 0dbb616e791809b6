package ke.haki.kit.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * What the resource learnt about the request, for its audit row: the case it resolved (whatever
 * path spelling reached it) and whether it refused the caller as out of scope (recorded as DENIED
 * even though the answer is 404, so the case's existence stays hidden from the caller only).
 * Outside an HTTP request (event consumers, schedulers) the calls do nothing.
 */
@ApplicationScoped
public class AuditContext {

    static final String CASE_KEY = "haki.audit.case";
    static final String OUT_OF_SCOPE_KEY = "haki.audit.out-of-scope";

    @Inject
    CurrentVertxRequest request;

    /** The request reached this case, and the caller may act on it. */
    public void resolved(String caseId) {
        RoutingContext rc = current();
        if (rc != null && caseId != null) {
            rc.put(CASE_KEY, caseId);
        }
    }

    /** The request named this case, which is outside the caller's scope: recorded as DENIED. */
    public void outOfScope(String caseId) {
        RoutingContext rc = current();
        if (rc != null) {
            if (caseId != null) {
                rc.put(CASE_KEY, caseId);
            }
            rc.put(OUT_OF_SCOPE_KEY, Boolean.TRUE);
        }
    }

    private RoutingContext current() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        return request.getCurrent();
    }
}
