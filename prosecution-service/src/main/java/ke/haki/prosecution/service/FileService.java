package ke.haki.prosecution.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.law.MinimumSentence;
import ke.haki.contract.odpp.AppealDecided;
import ke.haki.contract.odpp.AppealFiled;
import ke.haki.contract.odpp.ChargeApproved;
import ke.haki.contract.odpp.ChargeDeclined;
import ke.haki.contract.odpp.ChargeFiled;
import ke.haki.contract.odpp.ChargeFiled.Count;
import ke.haki.contract.odpp.CourtSittingRecorded;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.contract.odpp.JudgmentDelivered.Sentence;
import ke.haki.contract.odpp.JudgmentDelivered.Verdict;
import ke.haki.contract.odpp.PleaRecorded;
import ke.haki.contract.odpp.ProsecutorAssigned;
import ke.haki.contract.odpp.ReturnedForInvestigation;
import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.kit.problem.ProblemException;
import ke.haki.prosecution.api.AppealDecisionRequest;
import ke.haki.prosecution.api.AppealRequest;
import ke.haki.prosecution.api.AssignProsecutorRequest;
import ke.haki.prosecution.api.ChargeRequest;
import ke.haki.prosecution.api.CountView;
import ke.haki.prosecution.api.CourtFilingRequest;
import ke.haki.prosecution.api.DeclineRequest;
import ke.haki.prosecution.api.FileView;
import ke.haki.prosecution.api.JudgmentRequest;
import ke.haki.prosecution.api.PleaRequest;
import ke.haki.prosecution.api.ReturnForInvestigationRequest;
import ke.haki.prosecution.api.SentenceView;
import ke.haki.prosecution.api.SittingRequest;
import ke.haki.prosecution.api.SittingView;
import ke.haki.prosecution.api.SuspectView;
import ke.haki.prosecution.api.TimelineEntryView;
import ke.haki.prosecution.domain.ChargeProposal;
import ke.haki.prosecution.domain.ClosureAction;
import ke.haki.prosecution.domain.CourtCaseNumber;
import ke.haki.prosecution.domain.FileLifecycle;
import ke.haki.prosecution.domain.ProsecutionPolicy;
import ke.haki.prosecution.domain.ProsecutionRuleViolation;
import ke.haki.prosecution.domain.SentenceCheck;
import ke.haki.prosecution.repository.CaseProjectionEntity;
import ke.haki.prosecution.repository.CaseProjectionRepository;
import ke.haki.prosecution.repository.CaseSuspectRepository;
import ke.haki.prosecution.repository.CourtSittingEntity;
import ke.haki.prosecution.repository.CourtSittingRepository;
import ke.haki.prosecution.repository.FileRepository;
import ke.haki.prosecution.repository.FileRepository.FileFilter;
import ke.haki.prosecution.repository.ProsecutionFileEntity;
import ke.haki.prosecution.repository.TimelineRepository;

/**
 * The prosecutor's work on an ODPP file, one transaction per action: each changes the file under a
 * version check and publishes its event through the outbox in the same transaction.
 */
@ApplicationScoped
public class FileService {

    private static final TypeReference<List<Count>> COUNTS = new TypeReference<>() {};
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    @Inject
    FileRepository files;

    @Inject
    CaseProjectionRepository projections;

    @Inject
    CaseSuspectRepository suspects;

    @Inject
    CourtSittingRepository sittings;

    @Inject
    TimelineRepository timeline;

    @Inject
    FileEventPublisher events;

    @Inject
    ProsecutorAccess access;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Transactional
    public FileView get(String caseId) {
        return view(readable(caseId));
    }

    @Transactional
    public Page<FileView> search(FileFilter filter, PageRequest page) {
        return files.search(access.scope(filter), page).map(this::view);
    }

    @Transactional
    public List<TimelineEntryView> timeline(String caseId) {
        readable(caseId);
        return timeline.ofCase(caseId).stream()
                .map(t -> new TimelineEntryView(t.eventId, t.eventType, t.agency, t.occurredAt, t.summary))
                .toList();
    }

    @Transactional
    public List<SittingView> sittings(String caseId) {
        ProsecutionFileEntity f = readable(caseId);
        return sittings.ofCase(caseId).stream().map(s -> sittingView(s, f.version)).toList();
    }

    @Transactional
    public FileView assign(String caseId, Long expectedVersion, AssignProsecutorRequest request) {
        ProsecutionFileEntity f = writable(caseId, expectedVersion);
        FileLifecycle.requireAssignable(f.status);
        if (request.prosecutorRef().equals(f.prosecutorRef)) {
            throw ProblemException.conflict("already-assigned", request.prosecutorRef() + " already holds " + f.fileNumber);
        }
        f.prosecutorRef = request.prosecutorRef();
        touch(f);
        events.publish(f, new ProsecutorAssigned(f.fileNumber, f.prosecutorRef), "Assigned to " + f.prosecutorRef);
        return flushAndView(f);
    }

    @Transactional
    public FileView charge(String caseId, Long expectedVersion, ChargeRequest request) {
        ProsecutionFileEntity f = writable(caseId, expectedVersion);
        CaseProjectionEntity c = projection(caseId);
        f.status = FileLifecycle.charge(f.status, f.prosecutorRef != null, c.victimAgeBand != null,
                request.evidentialTestMet(), request.publicInterestTestMet());
        ChargeProposal proposal = ChargeProposal.propose(c.offence, c.victimAgeBand);
        List<Count> requested = request.counts() == null ? List.of()
                : request.counts().stream().map(r -> new Count(r.statute().strip(), r.alternative())).toList();
        ChargeProposal.Decided decided = proposal.decide(requested, request.overrideReason());
        f.evidentialTestMet = true;
        f.publicInterestTestMet = true;
        f.proposedStatute = proposal.mainStatute();
        f.overrideReason = decided.overrideReason();
        f.countsJson = json(decided.counts());
        touch(f);
        events.publish(f, new ChargeApproved(f.fileNumber, decided.counts(), f.proposedStatute, f.overrideReason),
                "Decision to charge: " + decided.counts().get(0).statute()
                        + (f.overrideReason == null ? " (as proposed)" : " (proposed " + f.proposedStatute + "; changed: " + f.overrideReason + ")"));
        return flushAndView(f);
    }

    @Transactional
    public FileView decline(String caseId, Long expectedVersion, DeclineRequest request) {
        ProsecutionFileEntity f = writable(caseId, expectedVersion);
        f.status = FileLifecycle.decline(f.status, f.prosecutorRef != null);
        f.declineReason = request.reason();
        f.evidentialTestMet = request.evidentialTestMet();
        f.publicInterestTestMet = request.publicInterestTestMet();
        touch(f);
        events.publish(f, new ChargeDeclined(f.fileNumber, request.reason(), request.evidentialTestMet(),
                request.publicInterestTestMet()), "Decision not to charge: " + request.reason());
        return flushAndView(f);
    }

    @Transactional
    public FileView returnToPolice(String caseId, Long expectedVersion, ReturnForInvestigationRequest request) {
        ProsecutionFileEntity f = writable(caseId, expectedVersion);
        if (!request.respondBy().isAfter(today())) {
            throw ProblemException.invalid("respondBy", "must be after today (" + today() + ")");
        }
        f.status = FileLifecycle.returnToPolice(f.status, f.prosecutorRef != null);
        List<String> directions = request.directions().stream().map(String::strip).toList();
        f.directionsJson = json(directions);
        f.respondBy = request.respondBy();
        touch(f);
        events.publish(f, new ReturnedForInvestigation(f.fileNumber, directions, f.respondBy),
                "Returned to the police with " + directions.size() + " direction(s); respond by " + f.respondBy);
        return flushAndView(f);
    }

    @Transactional
    public FileView fileInCourt(String caseId, Long expectedVersion, CourtFilingRequest request) {
        CourtCaseNumber number = CourtCaseNumber.parse(request.courtCaseNumber())
                .orElseThrow(() -> ProblemException.invalid("courtCaseNumber", "expected " + CourtCaseNumber.EXPECTED));
        notInFuture("filedOn", request.filedOn());
        if (number.year() != request.filedOn().getYear()) {
            throw ProblemException.invalid("courtCaseNumber", "its year must be the filing year of filedOn");
        }
        ProsecutionFileEntity f = writable(caseId, expectedVersion);
        f.status = FileLifecycle.fileInCourt(f.status);
        f.courtStation = request.courtStation().strip();
        f.courtCaseNumber = number.toString();
        f.chargeFiledOn = request.filedOn();
        touch(f);
        events.publish(f, new ChargeFiled(f.fileNumber, f.courtStation, f.courtCaseNumber, f.chargeFiledOn, counts(f)),
                "Charge filed at " + f.courtStation + ": " + f.courtCaseNumber);
        return flushAndView(f);
    }

    @Transactional
    public FileView plea(String caseId, Long expectedVersion, PleaRequest request) {
        notInFuture("recordedOn", request.recordedOn());
        ProsecutionFileEntity f = writable(caseId, expectedVersion);
        FileLifecycle.requirePleaAllowed(f.status, f.plea);
        notBefore("recordedOn", request.recordedOn(), f.chargeFiledOn);
        f.plea = request.plea();
        f.pleaOn = request.recordedOn();
        touch(f);
        events.publish(f, new PleaRecorded(f.courtCaseNumber, f.plea, f.pleaOn), "Plea: " + f.plea);
        return flushAndView(f);
    }

    @Transactional
    public SittingView sitting(String caseId, Long expectedVersion, SittingRequest request) {
        notInFuture("sittingDate", request.sittingDate());
        if (request.adjourned()) {
            if (request.adjournmentReason() == null) {
                throw ProblemException.invalid("adjournmentReason", "required when the sitting was adjourned");
            }
            if (request.nextDate() == null) {
                throw ProblemException.invalid("nextDate", "required when the sitting was adjourned");
            }
        } else if (request.adjournmentReason() != null) {
            throw ProblemException.invalid("adjournmentReason", "only for an adjourned sitting");
        }
        if (request.nextDate() != null && !request.nextDate().isAfter(request.sittingDate())) {
            throw ProblemException.invalid("nextDate", "must be after the sitting date");
        }
        ProsecutionFileEntity f = writable(caseId, expectedVersion);
        FileLifecycle.requireInCourt(f.status);
        notBefore("sittingDate", request.sittingDate(), f.chargeFiledOn);
        CourtSittingEntity s = new CourtSittingEntity();
        s.caseId = caseId;
        s.kind = request.kind();
        s.sittingDate = request.sittingDate();
        s.adjourned = request.adjourned();
        s.adjournmentReason = request.adjournmentReason();
        s.nextDate = request.nextDate();
        s.note = request.note();
        s.recordedBy = access.account();
        s.recordedAt = clock.instant();
        sittings.persist(s);
        f.nextCourtDate = request.nextDate();
        touch(f);
        events.publish(f, new CourtSittingRecorded(f.courtCaseNumber, s.kind, s.sittingDate, s.adjourned,
                s.adjournmentReason, s.nextDate), s.kind + " on " + s.sittingDate
                        + (s.adjourned ? ": adjourned (" + s.adjournmentReason + ")" : "")
                        + (s.nextDate == null ? "" : "; next " + s.nextDate));
        files.flush();
        return sittingView(s, f.version);
    }

    @Transactional
    public FileView judgment(String caseId, Long expectedVersion, JudgmentRequest request) {
        notInFuture("deliveredOn", request.deliveredOn());
        boolean convicted = request.verdict() == Verdict.CONVICTED;
        if (convicted && request.sentence() == null) {
            throw ProblemException.invalid("sentence", "required for a conviction");
        }
        if (convicted && !request.sentence().life() && request.sentence().years() == null) {
            throw ProblemException.invalid("sentence.years", "required unless the sentence is life imprisonment");
        }
        if (convicted && request.sentence().life() && request.sentence().years() != null) {
            throw ProblemException.invalid("sentence.years", "not with a life sentence");
        }
        if (!convicted && request.sentence() != null) {
            throw ProblemException.invalid("sentence", "only with a conviction");
        }
        ProsecutionFileEntity f = writable(caseId, expectedVersion);
        f.status = FileLifecycle.judgment(f.status, f.plea);
        notBefore("deliveredOn", request.deliveredOn(), f.pleaOn);
        CaseProjectionEntity c = projection(caseId);
        f.verdict = request.verdict();
        f.judgmentOn = request.deliveredOn();
        f.nextCourtDate = null;
        Sentence sentence = null;
        Sentence minimum = null;
        boolean below = false;
        if (convicted) {
            SentenceCheck check = SentenceCheck.of(c.offence, c.victimAgeBand, request.sentence().life(),
                    request.sentence().years());
            MinimumSentence m = check.minimum();
            sentence = new Sentence(request.sentence().life(), request.sentence().years());
            minimum = new Sentence(m.life(), m.life() ? null : m.years());
            below = check.belowMinimum();
            f.sentenceLife = sentence.life();
            f.sentenceYears = sentence.years();
            f.minimumLife = m.life();
            f.minimumYears = m.life() ? null : m.years();
            f.minimumStatute = m.statute();
            f.belowMinimum = below;
        }
        touch(f);
        events.publish(f, new JudgmentDelivered(f.fileNumber, f.courtCaseNumber, f.judgmentOn, f.verdict, sentence,
                minimum, below), "Judgment: " + f.verdict + (convicted ? ", " + describe(sentence) + " (minimum "
                        + describe(minimum) + ", " + f.minimumStatute + ")" + (below ? " BELOW THE STATUTORY MINIMUM" : "") : ""));
        return flushAndView(f);
    }

    @Transactional
    public FileView appeal(String caseId, Long expectedVersion, AppealRequest request) {
        notInFuture("filedOn", request.filedOn());
        ProsecutionFileEntity f = writable(caseId, expectedVersion);
        f.status = FileLifecycle.appealFiled(f.status);
        notBefore("filedOn", request.filedOn(), f.judgmentOn);
        f.appellant = request.appellant();
        f.appealCourt = request.appealCourt().strip();
        f.appealFiledOn = request.filedOn();
        f.appealOutcome = null;
        f.appealDecidedOn = null;
        touch(f);
        events.publish(f, new AppealFiled(f.courtCaseNumber, f.appellant, f.appealCourt, f.appealFiledOn),
                "Appeal by the " + f.appellant.name().toLowerCase() + " filed at " + f.appealCourt);
        return flushAndView(f);
    }

    @Transactional
    public FileView appealDecision(String caseId, Long expectedVersion, AppealDecisionRequest request) {
        notInFuture("decidedOn", request.decidedOn());
        ProsecutionFileEntity f = writable(caseId, expectedVersion);
        f.status = FileLifecycle.appealDecided(f.status, request.outcome());
        notBefore("decidedOn", request.decidedOn(), f.appealFiledOn);
        f.appealOutcome = request.outcome();
        f.appealDecidedOn = request.decidedOn();
        if (request.outcome() == AppealDecided.AppealOutcome.RETRIAL_ORDERED) {
            // the retrial starts afresh: a new plea and a new judgment; the first stay on the timeline
            f.plea = null;
            f.pleaOn = null;
            f.verdict = null;
            f.judgmentOn = null;
            f.sentenceLife = null;
            f.sentenceYears = null;
            f.minimumLife = null;
            f.minimumYears = null;
            f.minimumStatute = null;
            f.belowMinimum = null;
        }
        touch(f);
        events.publish(f, new AppealDecided(f.courtCaseNumber, f.appealOutcome, f.appealDecidedOn),
                "Appeal decided: " + f.appealOutcome);
        return flushAndView(f);
    }

    /**
     * Refuses a prohibited way of ending the prosecution. Nothing about the file changes (its version
     * stays), but the attempt is published as a compliance event: the transaction commits.
     */
    @Transactional(dontRollbackOn = ClosureRefusedException.class)
    public FileView attemptClosure(String caseId, ClosureAction action) {
        ProsecutionFileEntity f = writable(caseId, null);
        CaseProjectionEntity c = projection(caseId);
        ProsecutionPolicy.Decision decision = ProsecutionPolicy.decide(c.offence, action);
        if (decision instanceof ProsecutionPolicy.Refused refused) {
            events.publish(f, new ClosureAttemptRefused(refused.rule(), refused.rule().ruleId(),
                    refused.rule().statute(), access.account()),
                    "REFUSED " + action + " (" + refused.rule().statute() + ")");
            throw new ClosureRefusedException(refused.rule());
        }
        throw new ProsecutionRuleViolation("court-outcome-required",
                action + " is not recorded by this system: the case ends with the court's decision");
    }

    private ProsecutionFileEntity readable(String caseId) {
        ProsecutionFileEntity f = files.findByIdOptional(caseId)
                .orElseThrow(() -> ProblemException.notFound("File of case " + caseId));
        access.requireAccess(f);
        return f;
    }

    private ProsecutionFileEntity writable(String caseId, Long expectedVersion) {
        ProsecutionFileEntity f = files.findForUpdate(caseId)
                .orElseThrow(() -> ProblemException.notFound("File of case " + caseId));
        access.requireAccess(f);
        if (expectedVersion != null && expectedVersion != f.version) {
            throw new ProblemException(409, "stale-update", "The file was changed by someone else",
                    "You sent version " + expectedVersion + " but the file is at version " + f.version
                            + ": reload it and apply your change again", null, null);
        }
        return f;
    }

    private CaseProjectionEntity projection(String caseId) {
        return projections.findByIdOptional(caseId)
                .orElseThrow(() -> new IllegalStateException("file without police projection: " + caseId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void notInFuture(String field, LocalDate date) {
        if (date.isAfter(today())) {
            throw ProblemException.invalid(field, "in the future");
        }
    }

    private static void notBefore(String field, LocalDate date, LocalDate earliest) {
        if (earliest != null && date.isBefore(earliest)) {
            throw ProblemException.invalid(field, "before the earlier step of " + earliest);
        }
    }

    private void touch(ProsecutionFileEntity f) {
        f.updatedAt = clock.instant();
    }

    private FileView flushAndView(ProsecutionFileEntity f) {
        files.flush();
        return view(f);
    }

    private List<Count> counts(ProsecutionFileEntity f) {
        return f.countsJson == null ? List.of() : read(f.countsJson, COUNTS);
    }

    FileView view(ProsecutionFileEntity f) {
        CaseProjectionEntity c = projection(f.caseId);
        List<SuspectView> suspectViews = suspects.ofCase(f.caseId).stream()
                .map(s -> new SuspectView(s.suspectRef, s.ageYears, s.relationship, s.arrestedAt, s.arraignedAt,
                        s.arraignedInTime))
                .toList();
        List<CountView> proposed = c.victimAgeBand == null ? null
                : countViews(ChargeProposal.propose(c.offence, c.victimAgeBand).counts());
        return new FileView(f.caseId, f.fileNumber, f.countyCode, f.officeCode, c.stationCode, c.obNumber, c.offence,
                c.offenceDate, f.status, f.referralNumber, f.receivedAt, f.prosecutorRef, c.victimPseudonym,
                c.victimAge, c.victimAgeBand, c.victimAgeBasis, suspectViews, c.medicalEvidenceCount, proposed,
                f.evidentialTestMet, f.publicInterestTestMet, f.countsJson == null ? null : countViews(counts(f)),
                f.overrideReason, f.declineReason, f.directionsJson == null ? null : read(f.directionsJson, STRINGS),
                f.respondBy, f.courtStation, f.courtCaseNumber, f.chargeFiledOn, f.plea, f.nextCourtDate, f.verdict,
                f.judgmentOn, f.sentenceLife == null ? null : new SentenceView(f.sentenceLife, f.sentenceYears, null),
                f.minimumLife == null ? null : new SentenceView(f.minimumLife, f.minimumYears, f.minimumStatute),
                f.belowMinimum, f.appellant, f.appealCourt, f.appealOutcome, f.version);
    }

    private static List<CountView> countViews(List<Count> counts) {
        return counts.stream().map(k -> new CountView(k.statute(), k.alternative())).toList();
    }

    private static SittingView sittingView(CourtSittingEntity s, long fileVersion) {
        return new SittingView(s.id, s.kind, s.sittingDate, s.adjourned, s.adjournmentReason, s.nextDate, fileVersion);
    }

    private static String describe(Sentence s) {
        return s.life() ? "life imprisonment" : s.years() + " years";
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable", e);
        }
    }
}
