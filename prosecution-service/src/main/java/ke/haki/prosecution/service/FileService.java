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
import ke.haki.law.ChargeCount;
import ke.haki.law.ChargeProposal;
import ke.haki.law.CourtEnding;
import ke.haki.law.ImposedSentence;
import ke.haki.law.KenyanTime;
import ke.haki.law.MinimumSentence;
import ke.haki.law.SentenceCheck;
import ke.haki.law.SuspectRelationship;
import ke.haki.contract.odpp.AppealDecided;
import ke.haki.contract.odpp.AppealFiled;
import ke.haki.contract.odpp.ChargeApproved;
import ke.haki.contract.odpp.ChargeDecisionReviewed;
import ke.haki.contract.odpp.ChargeDeclined;
import ke.haki.contract.odpp.ChargeFiled;
import ke.haki.contract.odpp.CourtSittingRecorded;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.contract.odpp.JudgmentDelivered.Sentence;
import ke.haki.contract.odpp.JudgmentDelivered.Verdict;
import ke.haki.contract.odpp.PleaRecorded;
import ke.haki.contract.odpp.ProceedingsTerminated;
import ke.haki.contract.odpp.ProsecutorAssigned;
import ke.haki.contract.odpp.ReturnedForInvestigation;
import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.timeline.EventPublisher;
import ke.haki.kit.timeline.Timeline;
import ke.haki.prosecution.api.AppealDecisionRequest;
import ke.haki.prosecution.api.AppealRequest;
import ke.haki.prosecution.api.AssignProsecutorRequest;
import ke.haki.prosecution.api.ChargeRequest;
import ke.haki.prosecution.api.CountView;
import ke.haki.prosecution.api.CourtFilingRequest;
import ke.haki.prosecution.api.DeclineRequest;
import ke.haki.prosecution.api.DeclineReviewRequest;
import ke.haki.prosecution.api.FileView;
import ke.haki.prosecution.api.JudgmentRequest;
import ke.haki.prosecution.api.PleaRequest;
import ke.haki.prosecution.api.ReturnForInvestigationRequest;
import ke.haki.prosecution.api.SentenceView;
import ke.haki.prosecution.api.SittingRequest;
import ke.haki.prosecution.api.SittingView;
import ke.haki.prosecution.api.SuspectView;
import ke.haki.prosecution.api.TerminationRequest;
import ke.haki.prosecution.api.TimelineEntryView;
import ke.haki.prosecution.domain.ClosureAction;
import ke.haki.prosecution.domain.CourtCaseNumber;
import ke.haki.prosecution.domain.FileLifecycle;
import ke.haki.prosecution.domain.ProsecutionPolicy;
import ke.haki.prosecution.repository.CaseProjectionEntity;
import ke.haki.prosecution.repository.CaseProjectionRepository;
import ke.haki.prosecution.repository.CaseSuspectEntity;
import ke.haki.prosecution.repository.CaseSuspectRepository;
import ke.haki.prosecution.repository.CourtSittingEntity;
import ke.haki.prosecution.repository.CourtSittingRepository;
import ke.haki.prosecution.repository.FileRepository;
import ke.haki.prosecution.api.FileFilter;
import ke.haki.prosecution.repository.ProsecutionFileEntity;

/**
 * The prosecutor's work on an ODPP file, one transaction per action: each changes the file under a
 * version check and publishes its event through the outbox in the same transaction.
 */
@ApplicationScoped
public class FileService {

    private static final TypeReference<List<ChargeCount>> COUNTS = new TypeReference<>() {};
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<ReturnedForInvestigation.Direction>> DIRECTIONS = new TypeReference<>() {};

    @Inject
    FileRepository files;

    @Inject
    CaseProjectionRepository projections;

    @Inject
    CaseSuspectRepository suspects;

    @Inject
    CourtSittingRepository sittings;

    @Inject
    Timeline timeline;

    @Inject
    EventPublisher events;

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
                .map(t -> new TimelineEntryView(t.eventId(), t.eventType(), t.agency(), t.occurredAt(), t.summary()))
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
        events.publish(f, new ProsecutorAssigned(f.fileNumber, f.prosecutorRef));
        return flushAndView(f);
    }

    @Transactional
    public FileView charge(String caseId, Long expectedVersion, ChargeRequest request) {
        ProsecutionFileEntity f = writable(caseId, expectedVersion);
        CaseProjectionEntity c = projection(caseId);
        f.status = FileLifecycle.charge(f.status, f.prosecutorRef != null, c.victimAgeBand != null,
                request.evidentialTestMet(), request.publicInterestTestMet());
        ChargeProposal proposal = proposal(c);
        List<ChargeCount> requested = request.counts() == null ? List.of()
                : request.counts().stream().map(r -> new ChargeCount(r.statute().strip(), r.alternative())).toList();
        ChargeProposal.Decided decided = proposal.decide(requested, request.overrideReason());
        f.evidentialTestMet = true;
        f.publicInterestTestMet = true;
        f.proposedStatute = proposal.mainStatute();
        f.overrideReason = decided.overrideReason();
        f.overrideReasonCode = f.overrideReason == null ? null
                : request.overrideReasonCode() == null ? ChargeApproved.OverrideReason.OTHER : request.overrideReasonCode();
        f.countsJson = json(decided.counts());
        touch(f);
        // the reason goes out as a code; the prosecutor's words stay here (ADR 0005)
        events.publish(f, ChargeApproved.coded(f.fileNumber, decided.counts(), f.proposedStatute, f.overrideReasonCode));
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
                request.publicInterestTestMet()));
        return flushAndView(f);
    }

    @Transactional
    public FileView reviewDecline(String caseId, Long expectedVersion, DeclineReviewRequest request) {
        notInFuture("reviewedOn", request.reviewedOn());
        ProsecutionFileEntity f = writable(caseId, expectedVersion);
        f.status = FileLifecycle.reopenDeclined(f.status);
        f.declineReason = null;
        f.evidentialTestMet = null;
        f.publicInterestTestMet = null;
        touch(f);
        events.publish(f, new ChargeDecisionReviewed(f.fileNumber, request.reviewedOn(), request.ground()));
        return flushAndView(f);
    }

    @Transactional
    public FileView returnToPolice(String caseId, Long expectedVersion, ReturnForInvestigationRequest request) {
        if (request.directionCodes() != null && request.directionCodes().size() != request.directions().size()) {
            throw ProblemException.invalid("directionCodes", "one code per direction, in the same order");
        }
        ProsecutionFileEntity f = writable(caseId, expectedVersion);
        if (!request.respondBy().isAfter(today())) {
            throw ProblemException.invalid("respondBy", "must be after today (" + today() + ")");
        }
        f.status = FileLifecycle.returnToPolice(f.status, f.prosecutorRef != null);
        List<String> directions = request.directions().stream().map(String::strip).toList();
        List<ReturnedForInvestigation.Direction> codes = request.directionCodes() != null ? List.copyOf(request.directionCodes())
                : directions.stream().map(d -> ReturnedForInvestigation.Direction.OTHER).toList();
        f.directionsJson = json(directions);
        f.directionCodesJson = json(codes);
        f.respondBy = request.respondBy();
        touch(f);
        // the directions go out as codes; the prosecutor's words stay here (ADR 0005)
        events.publish(f, ReturnedForInvestigation.coded(f.fileNumber, codes, f.respondBy));
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
        f.courtCode = request.courtCode();
        f.courtCaseNumber = number.toString();
        f.chargeFiledOn = request.filedOn();
        touch(f);
        // the court goes out as its code; the name stays here (ADR 0005)
        events.publish(f, ChargeFiled.coded(f.fileNumber, f.courtCode, f.courtCaseNumber, f.chargeFiledOn, counts(f)));
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
        events.publish(f, new PleaRecorded(f.courtCaseNumber, f.plea, f.pleaOn));
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
                s.adjournmentReason, s.nextDate));
        files.flush();
        return sittingView(s, f.version);
    }

    @Transactional
    public FileView judgment(String caseId, Long expectedVersion, JudgmentRequest request) {
        notInFuture("deliveredOn", request.deliveredOn());
        CourtEnding ending = JudgmentEndings.of(request.verdict(), request.ending());
        boolean convicted = request.verdict() == Verdict.CONVICTED;
        ImposedSentence imposed = convicted ? JudgmentEndings.sentence("sentence", request.sentence(), ending) : null;
        if (!convicted && request.sentence() != null) {
            throw ProblemException.invalid("sentence", "only with a conviction");
        }
        ProsecutionFileEntity f = writable(caseId, expectedVersion);
        f.status = FileLifecycle.judgment(f.status, f.plea);
        notBefore("deliveredOn", request.deliveredOn(), f.pleaOn);
        CaseProjectionEntity c = projection(caseId);
        f.verdict = request.verdict();
        f.courtEnding = ending;
        f.judgmentOn = request.deliveredOn();
        f.nextCourtDate = null;
        Sentence sentence = null;
        Sentence minimum = null;
        boolean below = false;
        if (convicted) {
            f.convictedOffence = request.convictedOffence() != null ? request.convictedOffence()
                    : ChargeProposal.mainOffence(counts(f)).orElse(c.offence);
            f.childAgeFound = request.childAgeFound() != null ? request.childAgeFound() : c.victimAge;
            if (f.childAgeFound == null) {
                throw ProblemException.invalid("childAgeFound", "required: the police recorded no age at the offence");
            }
            CaseSuspectEntity accused = accused(caseId, request.accusedRef());
            f.accusedRef = accused == null ? null : accused.suspectRef;
            SentenceCheck check = SentenceCheck.of(f.convictedOffence, f.childAgeFound, imposed,
                    accused == null ? null : accused.ageYears);
            sentence = Sentence.of(imposed);
            below = check.belowMinimum();
            recordSentence(f, imposed, check);
            minimum = new Sentence(f.minimumLife, f.minimumYears);
        }
        touch(f);
        events.publish(f, new JudgmentDelivered(f.fileNumber, f.courtCaseNumber, f.judgmentOn, f.verdict, sentence,
                minimum, below, ending, f.convictedOffence, f.childAgeFound, f.accusedRef));
        return flushAndView(f);
    }

    /**
     * The court ended the proceedings without a verdict. Recorded as what it is (the API used to have
     * no way to say it except a verdict), and published: the NGEC treats it as a closure without a
     * court outcome.
     */
    @Transactional
    public FileView terminate(String caseId, Long expectedVersion, TerminationRequest request) {
        notInFuture("endedOn", request.endedOn());
        ProsecutionFileEntity f = writable(caseId, expectedVersion);
        String ruling = request.rulingReference() == null ? null : request.rulingReference().strip();
        f.status = FileLifecycle.terminate(f.status, request.ending(), ruling);
        notBefore("endedOn", request.endedOn(), f.chargeFiledOn);
        f.courtEnding = request.ending();
        f.endedOn = request.endedOn();
        f.rulingReference = ruling;
        f.nextCourtDate = null;
        touch(f);
        // the ruling's reference is free text: it stays here (ADR 0005)
        events.publish(f, new ProceedingsTerminated(f.fileNumber, f.courtCaseNumber, f.endedOn, f.courtEnding, null));
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
        f.appealCourtCode = request.appealCourtCode();
        f.appealFiledOn = request.filedOn();
        f.appealOutcome = null;
        f.appealDecidedOn = null;
        touch(f);
        events.publish(f, AppealFiled.coded(f.courtCaseNumber, f.appellant, f.appealCourtCode, f.appealFiledOn));
        return flushAndView(f);
    }

    @Transactional
    public FileView appealDecision(String caseId, Long expectedVersion, AppealDecisionRequest request) {
        notInFuture("decidedOn", request.decidedOn());
        ProsecutionFileEntity f = writable(caseId, expectedVersion);
        f.status = FileLifecycle.appealDecided(f.status, request.outcome());
        notBefore("decidedOn", request.decidedOn(), f.appealFiledOn);
        boolean varied = request.outcome() == AppealDecided.AppealOutcome.SENTENCE_VARIED;
        if (varied != (request.variedSentence() != null)) {
            throw ProblemException.invalid("variedSentence", varied ? "required when the sentence is varied"
                    : "only when the outcome is SENTENCE_VARIED");
        }
        f.appealOutcome = request.outcome();
        f.appealDecidedOn = request.decidedOn();
        Sentence variedSentence = null;
        if (varied) {
            ImposedSentence imposed = JudgmentEndings.sentence("variedSentence", request.variedSentence(), f.courtEnding);
            CaseSuspectEntity accused = f.accusedRef == null ? null : suspects.find(caseId, f.accusedRef).orElse(null);
            recordSentence(f, imposed, SentenceCheck.of(f.convictedOffence, f.childAgeFound, imposed,
                    accused == null ? null : accused.ageYears));
            variedSentence = Sentence.of(imposed);
        }
        if (request.outcome() == AppealDecided.AppealOutcome.RETRIAL_ORDERED) {
            // the retrial starts afresh: a new plea and a new judgment; the first stay on the timeline
            f.plea = null;
            f.pleaOn = null;
            f.verdict = null;
            f.judgmentOn = null;
            f.sentenceLife = null;
            f.sentenceYears = null;
            f.sentenceMonths = null;
            f.sentenceNonCustodial = null;
            f.courtEnding = null;
            f.convictedOffence = null;
            f.childAgeFound = null;
            f.accusedRef = null;
            f.minimumLife = null;
            f.minimumYears = null;
            f.minimumStatute = null;
            f.belowMinimum = null;
        }
        touch(f);
        events.publish(f, new AppealDecided(f.courtCaseNumber, f.appealOutcome, f.appealDecidedOn, variedSentence));
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
        throw refuse(f, action, (ProsecutionPolicy.Refused) ProsecutionPolicy.decide(c.offence, action));
    }

    /** Publishes the refused attempt (in the caller's transaction, which commits) and returns the refusal to throw. */
    ClosureRefusedException refuse(ProsecutionFileEntity f, ClosureAction action, ProsecutionPolicy.Refused refused) {
        events.publish(f, new ClosureAttemptRefused(refused.rule(), refused.rule().ruleId(),
                refused.rule().statute(), access.account()));
        return new ClosureRefusedException(refused.rule());
    }

    private ProsecutionFileEntity readable(String caseId) {
        ProsecutionFileEntity f = files.findByIdOptional(caseId)
                .orElseThrow(() -> ProblemException.notFound("File of case " + caseId));
        access.requireAccess(f);
        return f;
    }

    ProsecutionFileEntity writable(String caseId, Long expectedVersion) {
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

    CaseProjectionEntity projection(String caseId) {
        return projections.findByIdOptional(caseId)
                .orElseThrow(() -> new IllegalStateException("file without police projection: " + caseId));
    }

    private LocalDate today() {
        return KenyanTime.today(clock);
    }

    private ChargeProposal proposal(CaseProjectionEntity c) {
        boolean familyMember = suspects.ofCase(c.caseId).stream()
                .anyMatch(s -> s.relationship == SuspectRelationship.FAMILY_MEMBER);
        return ChargeProposal.propose(c.offence, c.victimAgeBand, familyMember);
    }

    /**
     * The accused a judgment concerns: the one named, or the only suspect; null when it is not known
     * (the accused is then judged as an adult: the minimum applies).
     */
    private CaseSuspectEntity accused(String caseId, String accusedRef) {
        List<CaseSuspectEntity> all = suspects.ofCase(caseId);
        if (accusedRef != null) {
            return all.stream().filter(s -> s.suspectRef.equals(accusedRef)).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("accusedRef", "not a suspect of this case"));
        }
        return all.size() == 1 ? all.get(0) : null;
    }

    private static void recordSentence(ProsecutionFileEntity f, ImposedSentence imposed, SentenceCheck check) {
        MinimumSentence m = check.minimum();
        f.sentenceLife = imposed.kind() == ImposedSentence.Kind.LIFE;
        f.sentenceYears = imposed.kind() == ImposedSentence.Kind.TERM ? imposed.years() : null;
        f.sentenceMonths = imposed.kind() == ImposedSentence.Kind.TERM ? imposed.months() : null;
        f.sentenceNonCustodial = imposed.kind() == ImposedSentence.Kind.NON_CUSTODIAL ? true : null;
        f.minimumLife = m.life();
        f.minimumYears = m.life() ? null : m.years();
        f.minimumStatute = m.statute();
        f.belowMinimum = check.belowMinimum();
    }

    void notInFuture(String field, LocalDate date) {
        if (date.isAfter(today())) {
            throw ProblemException.invalid(field, "in the future");
        }
    }

    static void notBefore(String field, LocalDate date, LocalDate earliest) {
        if (earliest != null && date.isBefore(earliest)) {
            throw ProblemException.invalid(field, "before the earlier step of " + earliest);
        }
    }

    void touch(ProsecutionFileEntity f) {
        f.updatedAt = clock.instant();
    }

    FileView flushAndView(ProsecutionFileEntity f) {
        files.flush();
        return view(f);
    }

    private List<ChargeCount> counts(ProsecutionFileEntity f) {
        return f.countsJson == null ? List.of() : read(f.countsJson, COUNTS);
    }

    FileView view(ProsecutionFileEntity f) {
        CaseProjectionEntity c = projection(f.caseId);
        List<SuspectView> suspectViews = suspects.ofCase(f.caseId).stream()
                .map(s -> new SuspectView(s.suspectRef, s.ageYears, s.relationship, s.arrestedAt, s.arraignedAt,
                        s.arraignedInTime))
                .toList();
        List<CountView> proposed = c.victimAgeBand == null ? null : countViews(proposal(c).counts());
        return new FileView(f.caseId, f.fileNumber, f.countyCode, f.officeCode, c.stationCode, c.obNumber, c.offence,
                c.offenceDate, f.status, f.referralNumber, f.receivedAt, f.prosecutorRef, c.victimPseudonym,
                c.victimAge, c.victimAgeBand, c.victimAgeBasis, suspectViews, c.medicalEvidenceCount, proposed,
                f.evidentialTestMet, f.publicInterestTestMet, f.countsJson == null ? null : countViews(counts(f)),
                f.overrideReason, f.declineReason, f.directionsJson == null ? null : read(f.directionsJson, STRINGS),
                f.respondBy, f.courtStation, f.courtCaseNumber, f.chargeFiledOn, f.plea, f.nextCourtDate, f.verdict,
                f.judgmentOn, f.sentenceLife == null ? null : new SentenceView(f.sentenceLife, f.sentenceYears, null,
                        f.sentenceMonths, f.sentenceNonCustodial),
                f.minimumLife == null ? null : new SentenceView(f.minimumLife, f.minimumYears, f.minimumStatute, null, null),
                f.belowMinimum, f.appellant, f.appealCourt, f.appealOutcome, f.courtEnding, f.convictedOffence,
                f.childAgeFound, f.accusedRef, f.endedOn, f.rulingReference, f.divertedOn, f.diversionProgramme,
                f.diversionOutcome, f.overrideReasonCode,
                f.directionCodesJson == null ? null : read(f.directionCodesJson, DIRECTIONS), f.courtCode, f.appealCourtCode,
                f.version);
    }

    private static List<CountView> countViews(List<ChargeCount> counts) {
        return counts.stream().map(k -> new CountView(k.statute(), k.alternative())).toList();
    }

    private static SittingView sittingView(CourtSittingEntity s, long fileVersion) {
        return new SittingView(s.id, s.kind, s.sittingDate, s.adjourned, s.adjournmentReason, s.nextDate, fileVersion);
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
