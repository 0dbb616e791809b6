package ke.haki.prosecution.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.odpp.CourtSittingRecorded;
import ke.haki.contract.odpp.JudgmentDelivered.Verdict;
import ke.haki.kit.problem.ClosureRefusedException;
import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.kit.problem.ProblemException;
import ke.haki.law.ChargeCount;
import ke.haki.law.CourtEnding;
import ke.haki.law.KenyanTime;
import ke.haki.law.RuleViolation;
import ke.haki.kit.timeline.Timeline;
import ke.haki.prosecution.api.AppealDecisionRequest;
import ke.haki.prosecution.api.AppealRequest;
import ke.haki.prosecution.api.AssignProsecutorRequest;
import ke.haki.prosecution.api.ChargeRequest;
import ke.haki.prosecution.api.CourtFilingRequest;
import ke.haki.prosecution.api.DeclineRequest;
import ke.haki.prosecution.api.DeclineReviewRequest;
import ke.haki.prosecution.api.FileFilter;
import ke.haki.prosecution.api.FileView;
import ke.haki.prosecution.api.JudgmentRequest;
import ke.haki.prosecution.api.PleaRequest;
import ke.haki.prosecution.api.ReturnForInvestigationRequest;
import ke.haki.prosecution.api.SittingRequest;
import ke.haki.prosecution.api.SittingView;
import ke.haki.prosecution.api.TerminationRequest;
import ke.haki.prosecution.api.TimelineEntryView;
import ke.haki.prosecution.domain.ClosureAction;
import ke.haki.prosecution.domain.CourtCaseNumber;
import ke.haki.prosecution.domain.CourtSitting;
import ke.haki.prosecution.domain.InvalidEntry;
import ke.haki.prosecution.domain.JudgmentEntry;
import ke.haki.prosecution.domain.ProsecutionFile;
import ke.haki.prosecution.mapping.FileMapping;
import ke.haki.prosecution.mapping.FileViews;
import ke.haki.prosecution.repository.CourtSittingEntity;
import ke.haki.prosecution.repository.CourtSittingRepository;
import ke.haki.prosecution.service.FileStore.Loaded;

/**
 * The prosecutor's work on an ODPP file, one transaction per action: each loads the file under a
 * version check, calls the {@link ProsecutionFile} command, stores the file and publishes the
 * event it returned through the outbox in the same transaction.
 */
@ApplicationScoped
public class FileService {

    @Inject
    FileStore store;

    @Inject
    CourtSittingRepository sittings;

    @Inject
    Timeline timeline;

    @Inject
    ProsecutorAccess access;

    @Inject
    Clock clock;

    @Transactional
    public FileView get(String caseId) {
        return store.view(store.readable(caseId));
    }

    @Transactional
    public Page<FileView> search(FileFilter filter, PageRequest page) {
        return store.search(filter, page);
    }

    @Transactional
    public List<TimelineEntryView> timeline(String caseId) {
        store.readable(caseId);
        return timeline.ofCase(caseId).stream().map(FileViews::timelineEntry).toList();
    }

    @Transactional
    public List<SittingView> sittings(String caseId) {
        long version = store.readable(caseId).file().version;
        return sittings.ofCase(caseId).stream().map(s -> FileViews.sitting(s, version)).toList();
    }

    /** Answers 409 when the prosecutor already holds the file, as the published API says. */
    @Transactional
    public FileView assign(String caseId, Long expectedVersion, AssignProsecutorRequest request) {
        Loaded f = store.writable(caseId, expectedVersion);
        try {
            return store.saveAndView(f, f.file().assign(request.prosecutorRef()));
        } catch (RuleViolation e) {
            throw ProsecutionFile.ALREADY_ASSIGNED.equals(e.code()) ? ProblemException.conflict(e.code(), e.getMessage()) : e;
        }
    }

    @Transactional
    public FileView charge(String caseId, Long expectedVersion, ChargeRequest request) {
        Loaded f = store.writable(caseId, expectedVersion);
        List<ChargeCount> counts = request.counts() == null ? List.of()
                : request.counts().stream().map(r -> new ChargeCount(r.statute().strip(), r.alternative())).toList();
        return store.saveAndView(f, f.file().charge(request.evidentialTestMet(), request.publicInterestTestMet(), counts,
                request.overrideReason(), request.overrideReasonCode()));
    }

    @Transactional
    public FileView decline(String caseId, Long expectedVersion, DeclineRequest request) {
        Loaded f = store.writable(caseId, expectedVersion);
        return store.saveAndView(f, f.file().decline(request.reason(), request.evidentialTestMet(),
                request.publicInterestTestMet()));
    }

    @Transactional
    public FileView reviewDecline(String caseId, Long expectedVersion, DeclineReviewRequest request) {
        InvalidEntry.notInFuture("reviewedOn", request.reviewedOn(), today());
        Loaded f = store.writable(caseId, expectedVersion);
        return store.saveAndView(f, f.file().reviewDecline(request.reviewedOn(), request.ground()));
    }

    @Transactional
    public FileView returnToPolice(String caseId, Long expectedVersion, ReturnForInvestigationRequest request) {
        if (request.directionCodes() != null && request.directionCodes().size() != request.directions().size()) {
            throw ProblemException.invalid("directionCodes", "one code per direction, in the same order");
        }
        Loaded f = store.writable(caseId, expectedVersion);
        return store.saveAndView(f, f.file().returnToPolice(request.directions(), request.directionCodes(),
                request.respondBy(), today()));
    }

    @Transactional
    public FileView fileInCourt(String caseId, Long expectedVersion, CourtFilingRequest request) {
        CourtCaseNumber number = CourtCaseNumber.ofFiling(request.courtCaseNumber(), request.filedOn(), today());
        Loaded f = store.writable(caseId, expectedVersion);
        return store.saveAndView(f, f.file().fileInCourt(request.courtStation(), request.courtCode(), number,
                request.filedOn()));
    }

    @Transactional
    public FileView plea(String caseId, Long expectedVersion, PleaRequest request) {
        InvalidEntry.notInFuture("recordedOn", request.recordedOn(), today());
        Loaded f = store.writable(caseId, expectedVersion);
        return store.saveAndView(f, f.file().recordPlea(request.plea(), request.recordedOn()));
    }

    @Transactional
    public SittingView sitting(String caseId, Long expectedVersion, SittingRequest request) {
        CourtSitting sitting = CourtSitting.entered(request.kind(), request.sittingDate(), request.adjourned(),
                request.adjournmentReason(), request.nextDate(), request.note(), today());
        Loaded f = store.writable(caseId, expectedVersion);
        CourtSittingRecorded recorded = f.file().recordSitting(sitting);
        CourtSittingEntity row = FileMapping.sittingRow(caseId, sitting, access.account(), clock.instant());
        sittings.persist(row);
        store.save(f, recorded);
        sittings.flush();
        return FileViews.sitting(row, f.entity().version);
    }

    @Transactional
    public FileView judgment(String caseId, Long expectedVersion, JudgmentRequest request) {
        InvalidEntry.notInFuture("deliveredOn", request.deliveredOn(), today());
        CourtEnding ending = JudgmentEndings.of(request.verdict(), request.ending());
        boolean convicted = request.verdict() == Verdict.CONVICTED;
        JudgmentEntry judgment = new JudgmentEntry(request.verdict(), request.deliveredOn(), ending,
                convicted ? JudgmentEndings.sentence("sentence", request.sentence(), ending) : null,
                request.convictedOffence(), request.childAgeFound(), request.accusedRef());
        if (!convicted && request.sentence() != null) {
            throw ProblemException.invalid("sentence", "only with a conviction");
        }
        Loaded f = store.writable(caseId, expectedVersion);
        return store.saveAndView(f, f.file().recordJudgment(judgment));
    }

    /**
     * The court ended the proceedings without a verdict. Recorded as what it is (the API used to have
     * no way to say it except a verdict), and published: the NGEC treats it as a closure without a
     * court outcome.
     */
    @Transactional
    public FileView terminate(String caseId, Long expectedVersion, TerminationRequest request) {
        InvalidEntry.notInFuture("endedOn", request.endedOn(), today());
        Loaded f = store.writable(caseId, expectedVersion);
        return store.saveAndView(f, f.file().terminate(request.ending(), request.endedOn(), request.rulingReference()));
    }

    @Transactional
    public FileView appeal(String caseId, Long expectedVersion, AppealRequest request) {
        InvalidEntry.notInFuture("filedOn", request.filedOn(), today());
        Loaded f = store.writable(caseId, expectedVersion);
        return store.saveAndView(f, f.file().fileAppeal(request.appellant(), request.appealCourt(),
                request.appealCourtCode(), request.filedOn()));
    }

    @Transactional
    public FileView appealDecision(String caseId, Long expectedVersion, AppealDecisionRequest request) {
        InvalidEntry.notInFuture("decidedOn", request.decidedOn(), today());
        Loaded f = store.writable(caseId, expectedVersion);
        return store.saveAndView(f, f.file().decideAppeal(request.outcome(), request.decidedOn(),
                request.variedSentence() == null ? null
                        : ending -> JudgmentEndings.sentence("variedSentence", request.variedSentence(), ending)));
    }

    /**
     * Refuses a prohibited way of ending the prosecution. Nothing about the file changes (its version
     * stays), but the attempt is published as a compliance event: the transaction commits.
     */
    @Transactional(dontRollbackOn = ClosureRefusedException.class)
    public FileView attemptClosure(String caseId, ClosureAction action) {
        Loaded f = store.writable(caseId, null);
        throw refuse(f, f.file().refuseClosure(action, access.account()));
    }

    /** Publishes the refused attempt (in the caller's transaction, which commits) and returns the refusal to throw. */
    ClosureRefusedException refuse(Loaded f, ClosureAttemptRefused refused) {
        store.publish(f.entity(), refused);
        return new ClosureRefusedException(refused.attemptedAction(), "way of ending the prosecution");
    }

    LocalDate today() {
        return KenyanTime.today(clock);
    }
}
