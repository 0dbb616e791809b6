package ke.haki.monitoring.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.security.Caller;

/**
 * Scopes the monitor's view: a monitor whose token carries a county_code sees that county only;
 * a national monitor (no county claim) sees every county. Outside the scope answers 404.
 */
@ApplicationScoped
public class MonitorAccess {

    @Inject
    Caller caller;

    public Optional<String> county() {
        return caller.countyCode();
    }

    /** The county to filter on: the caller's own, or the requested one for a national monitor. */
    public String scopeCounty(String requested) {
        return caller.countyCode().orElse(requested);
    }

    public void requireAccess(String what, String countyCode) {
        Optional<String> own = caller.countyCode();
        if (own.isPresent() && !own.get().equals(countyCode)) {
            throw ProblemException.notFound(what);
        }
    }

    public void requireNational(String action) {
        if (caller.countyCode().isPresent()) {
            throw new ProblemException(403, "national-monitor-only", "National monitors only",
                    action + " is for a national monitor (no county in the token)", null, null);
        }
    }

    public String account() {
        return caller.account();
    }
}
