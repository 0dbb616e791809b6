package ke.haki.prosecution.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ke.haki.contract.odpp.DiversionConcluded;
import ke.haki.contract.odpp.DiversionRecorded;
import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.timeline.EventPublisher;
import ke.haki.prosecution.api.DiversionOutcomeRequest;
import ke.haki.prosecution.api.DiversionRequest;
import ke.haki.prosecution.api.FileView;
import ke.haki.prosecution.domain.ClosureAction;
import ke.haki.prosecution.domain.FileLifecycle;
import ke.haki.prosecution.domain.ProsecutionPolicy;
import ke.haki.prosecution.repository.CaseSuspectEntity;
import ke.haki.prosecution.repository.CaseSuspectRepository;
import ke.haki.prosecution.repository.ProsecutionFileEntity;

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
    CaseSuspectRepository suspects;

    @Inject
    EventPublisher events;

    @Transactional(dontRollbackOn = ClosureRefusedException.class)
    public FileView divert(String caseId, Long expectedVersion, DiversionRequest request) {
        List<CaseSuspectEntity> accused = suspects.ofCase(caseId);
        ProsecutionPolicy.Decision decision = ProsecutionPolicy.decide(null, ClosureAction.DIVERSION,
                accused.stream().map(s -> s.ageYears).toList());
        if (decision instanceof ProsecutionPolicy.Refused refused) {
            throw files.refuse(files.writable(caseId, null), ClosureAction.DIVERSION, refused);
        }
        ProsecutionFileEntity f = files.writable(caseId, expectedVersion);
        if (request == null || request.decidedOn() == null) {
            throw ProblemException.invalid("decidedOn", "required: when the child accused was diverted");
        }
        if (request.programme() == null || request.programme().isBlank() || request.programme().length() > 200) {
            throw ProblemException.invalid("programme", "required, at most 200 characters: the diversion programme");
        }
        files.notInFuture("decidedOn", request.decidedOn());
        f.status = FileLifecycle.divert(f.status);
        f.divertedOn = request.decidedOn();
        f.diversionProgramme = request.programme().strip();
        f.diversionOutcome = null;
        f.diversionConcludedOn = null;
        f.nextCourtDate = null;
        files.touch(f);
        List<String> refs = accused.stream().map(s -> s.suspectRef).toList();
        // the programme's description stays here: no free text on the topics (ADR 0005)
        events.publish(f, new DiversionRecorded(f.fileNumber, refs, f.divertedOn, null));
        return files.flushAndView(f);
    }

    @Transactional
    public FileView concludeDiversion(String caseId, Long expectedVersion, DiversionOutcomeRequest request) {
        files.notInFuture("concludedOn", request.concludedOn());
        ProsecutionFileEntity f = files.writable(caseId, expectedVersion);
        f.status = FileLifecycle.concludeDiversion(f.status, request.outcome(), f.countsJson != null,
                f.chargeFiledOn != null);
        FileService.notBefore("concludedOn", request.concludedOn(), f.divertedOn);
        f.diversionOutcome = request.outcome();
        f.diversionConcludedOn = request.concludedOn();
        f.diversionReason = request.reason().strip();
        files.touch(f);
        // the officer's words stay here: no free text on the topics (ADR 0005)
        events.publish(f, new DiversionConcluded(f.fileNumber, f.diversionOutcome, f.diversionConcludedOn, null));
        return files.flushAndView(f);
    }
}
