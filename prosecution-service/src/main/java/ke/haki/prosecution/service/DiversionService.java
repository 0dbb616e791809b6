package ke.haki.prosecution.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ke.haki.kit.problem.ClosureRefusedException;
import ke.haki.prosecution.api.DiversionOutcomeRequest;
import ke.haki.prosecution.api.DiversionRequest;
import ke.haki.prosecution.api.FileView;
import ke.haki.prosecution.domain.InvalidEntry;
import ke.haki.prosecution.service.FileStore.Loaded;

/**
 * The diversion of a child accused (Children Act 2022): recorded when every accused was under
 * eighteen at the offence, refused and published as a prohibited attempt otherwise; then its end,
 * completed or failed.
 */
@ApplicationScoped
public class DiversionService {

    @Inject
    FileService files;

    @Inject
    FileStore store;

    @Inject
    ProsecutorAccess access;

    /** The refusal does not depend on the version sent: it is checked, and published, first. */
    @Transactional(dontRollbackOn = ClosureRefusedException.class)
    public FileView divert(String caseId, Long expectedVersion, DiversionRequest request) {
        Loaded f = store.writable(caseId, null);
        f.file().refuseDiversion(access.account()).ifPresent(refused -> {
            throw files.refuse(f, refused);
        });
        store.requireVersion(f, expectedVersion);
        // the programme's description stays here: no free text on the topics (ADR 0005)
        return store.saveAndView(f, f.file().divert(request == null ? null : request.decidedOn(),
                request == null ? null : request.programme(), files.today()));
    }

    @Transactional
    public FileView concludeDiversion(String caseId, Long expectedVersion, DiversionOutcomeRequest request) {
        InvalidEntry.notInFuture("concludedOn", request.concludedOn(), files.today());
        Loaded f = store.writable(caseId, expectedVersion);
        // the officer's words stay here: no free text on the topics (ADR 0005)
        return store.saveAndView(f, f.file().concludeDiversion(request.outcome(), request.concludedOn(), request.reason()));
    }
}
