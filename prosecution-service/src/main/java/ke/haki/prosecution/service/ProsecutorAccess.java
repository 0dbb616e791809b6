package ke.haki.prosecution.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ke.haki.kit.audit.AuditContext;
import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.security.Caller;
import ke.haki.prosecution.api.FileFilter;
import ke.haki.prosecution.repository.ProsecutionFileEntity;

/**
 * Scopes ODPP files to the prosecutor's county (the {@code county_code} claim). A file of another
 * county answers 404, so its existence is not disclosed.
 */
@ApplicationScoped
public class ProsecutorAccess {

    private static final String NO_COUNTY = "---";

    @Inject
    Caller caller;

    @Inject
    AuditContext audit;

    public void requireAccess(ProsecutionFileEntity file) {
        if (!caller.countyCode().map(file.countyCode::equals).orElse(false)) {
            audit.outOfScope(file.caseId);
            throw ProblemException.notFound("File of case " + file.caseId);
        }
        audit.resolved(file.caseId);
    }

    /** Narrows a search to the caller's county; asking for another county finds nothing. */
    public FileFilter scope(FileFilter filter) {
        String own = caller.countyCode().orElse(NO_COUNTY);
        String county = filter.countyCode() == null || filter.countyCode().equals(own) ? own : NO_COUNTY;
        return new FileFilter(county, filter.status(), filter.courtStation(), filter.prosecutorRef(),
                filter.receivedFrom(), filter.receivedTo());
    }

    public String account() {
        return caller.account();
    }
}
