package ke.haki.police.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ke.haki.kit.audit.AuditContext;
import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.security.Caller;
import ke.haki.kit.security.Roles;
import ke.haki.police.api.CaseFilter;
import ke.haki.police.repository.PoliceCaseEntity;
import ke.haki.police.repository.StationEntity;

/**
 * Scopes police data to the caller: an officer (or a station's agency system) sees its station's
 * cases, a supervisor its county's (a case's county is its station's, docs/police-intake.md#stations). A case outside the caller's scope answers 404, so its
 * existence is not disclosed.
 */
@ApplicationScoped
public class PoliceAccess {

    @Inject
    Caller caller;

    @Inject
    AuditContext audit;

    public void requireAccess(PoliceCaseEntity policeCase) {
        if (!mayAccess(policeCase.stationCode, policeCase.countyCode)) {
            audit.outOfScope(policeCase.caseId);
            throw ProblemException.notFound("Case " + policeCase.caseId);
        }
        audit.resolved(policeCase.caseId);
    }

    /**
     * A new case must be registered at a station the caller may act for: an officer at the token's
     * station only, a supervisor at a station of the token's county (the station's county from the
     * reference data, not the request's).
     */
    public void requireMayRegister(StationEntity station) {
        if (!mayAccess(station.code, station.countyCode)) {
            throw new ProblemException(403, "outside-your-scope", "Outside your station or county",
                    "You may register cases only for " + scopeDescription(), null, null);
        }
    }

    /** Narrows a search to the caller's scope. */
    public CaseFilter scope(CaseFilter filter) {
        if (caller.hasRole(Roles.POLICE_SUPERVISOR)) {
            return new CaseFilter(caller.countyCode().orElse("---"), filter.stationCode(), filter.status(),
                    filter.reportedFrom(), filter.reportedTo());
        }
        return new CaseFilter(filter.countyCode(), caller.stationCode().orElse("---"), filter.status(),
                filter.reportedFrom(), filter.reportedTo());
    }

    public String account() {
        return caller.account();
    }

    private boolean mayAccess(String stationCode, String countyCode) {
        if (caller.hasRole(Roles.POLICE_SUPERVISOR)) {
            return caller.countyCode().map(countyCode::equals).orElse(false);
        }
        if (caller.hasRole(Roles.POLICE_OFFICER)) {
            return caller.stationCode().map(stationCode::equals).orElse(false);
        }
        return false;
    }

    private String scopeDescription() {
        if (caller.hasRole(Roles.POLICE_SUPERVISOR)) {
            return "county " + caller.countyCode().orElse("(none in your token)");
        }
        return "station " + caller.stationCode().orElse("(none in your token)");
    }
}
