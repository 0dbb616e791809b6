package ke.haki.monitoring.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ke.haki.kit.audit.AuditContext;
import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.security.Caller;
import ke.haki.kit.security.Roles;

/**
 * Scopes the monitor's view, failing closed: a token with a county_code sees that county only; a
 * token without one sees every county only with the explicit {@code ngec-national-monitor} role;
 * a monitor with neither is refused (403), never treated as national. Outside the scope answers 404.
 */
@ApplicationScoped
public class MonitorAccess {

    @Inject
    Caller caller;

    @Inject
    AuditContext audit;

    /**
     * The caller's scope: a county, or empty for national. Every read and change of monitoring data
     * asks for it first, so an account made without a county or the national role sees nothing.
     */
    public Optional<String> county() {
        Optional<String> own = caller.countyCode();
        if (own.isPresent()) {
            return own;
        }
        if (caller.hasRole(Roles.NGEC_NATIONAL_MONITOR)) {
            return Optional.empty();
        }
        throw new ProblemException(403, "monitoring-scope-missing", "No monitoring scope",
                "Your account has neither a county nor the national monitoring role; ask an NGEC administrator",
                null, null);
    }

    /** The county to filter on: the caller's own, or the requested one for a national monitor. */
    public String scopeCounty(String requested) {
        return county().orElse(requested);
    }

    public void requireAccess(String what, String countyCode) {
        Optional<String> own = county();
        if (own.isPresent() && !own.get().equals(countyCode)) {
            audit.outOfScope(null);
            throw ProblemException.notFound(what);
        }
    }

    public String account() {
        return caller.account();
    }
}
