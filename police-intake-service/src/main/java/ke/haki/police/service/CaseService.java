package ke.haki.police.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.law.ArraignmentDeadline;
import ke.haki.law.County;
import ke.haki.law.KenyanTime;
import ke.haki.law.RuleViolation;
import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.contract.nps.CaseReferred;
import ke.haki.contract.nps.CaseReported;
import ke.haki.contract.nps.CaseResubmitted;
import ke.haki.contract.nps.InvestigationUpdated;
import ke.haki.contract.nps.MedicalEvidenceRecorded;
import ke.haki.contract.nps.SuspectArraigned;
import ke.haki.contract.nps.SuspectArrested;
import ke.haki.contract.nps.SuspectRecorded;
import ke.haki.contract.nps.SuspectReleased;
import ke.haki.contract.nps.VictimRecorded;
import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.kit.problem.FieldViolation;
import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.timeline.EventPublisher;
import ke.haki.kit.timeline.Timeline;
import ke.haki.police.api.ArraignmentRequest;
import ke.haki.police.api.ArrestRequest;
import ke.haki.police.api.CaseCreatedView;
import ke.haki.police.api.CaseView;
import ke.haki.police.api.ClosureRequest;
import ke.haki.police.api.InvestigationUpdateRequest;
import ke.haki.police.api.MedicalEvidenceRequest;
import ke.haki.police.api.ReferralRequest;
import ke.haki.police.api.RegisterCaseRequest;
import ke.haki.police.api.ReleaseRequest;
import ke.haki.police.api.ResubmissionRequest;
import ke.haki.police.api.SuspectRequest;
import ke.haki.police.api.SuspectView;
import ke.haki.police.api.TimelineEntryView;
import ke.haki.police.api.VictimRecordedView;
import ke.haki.police.api.VictimRequest;
import ke.haki.police.api.VictimView;
import ke.haki.police.crypto.VictimDataProtector;
import ke.haki.police.domain.CaseLifecycle;
import ke.haki.police.domain.CaseStatus;
import ke.haki.police.domain.ClosurePolicy;
import ke.haki.police.domain.ObNumber;
import ke.haki.police.domain.VictimAge;
import ke.haki.police.repository.CaseRepository;
import ke.haki.police.api.CaseFilter;
import ke.haki.police.repository.EvidenceRepository;
import ke.haki.police.repository.InvestigationRepository;
import ke.haki.police.repository.InvestigationUpdateEntity;
import ke.haki.police.repository.MedicalEvidenceEntity;
import ke.haki.police.repository.PoliceCaseEntity;
import ke.haki.police.repository.StationEntity;
import ke.haki.police.repository.SuspectEntity;
import ke.haki.police.repository.SuspectRepository;

/**
 * The police file of a case: every change and its event commit in one transaction (the outbox),
 * every change checks the caller's scope and the version the caller last saw.
 */
@ApplicationScoped
public class CaseService {

    @Inject
    CaseRepository cases;

    @Inject
    SuspectRepository suspects;

    @Inject
    EvidenceRepository evidence;

    @Inject
    InvestigationRepository investigations;

    @Inject
    Timeline timeline;

    @Inject
    EventPublisher events;

    @Inject
    VictimDataProtector protector;

    @Inject
    PoliceAccess access;

    @Inject
    StationService stations;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    ArraignmentDeadline arraignment;

    /** What the encrypted identity column holds. */
    record VictimIdentity(String fullName, java.time.LocalDate birthDate, String guardianName,
            String guardianPhone, String address) {}

    @Transactional
    public CaseCreatedView register(RegisterCaseRequest request) {
        ObNumber ob = ObNumber.parse(request.obNumber())
                .orElseThrow(() -> ProblemException.invalid("obNumber", "expected " + ObNumber.EXPECTED));
        if (!County.isValidCode(request.countyCode())) {
            throw ProblemException.invalid("countyCode", "not one of the 47 county codes (001 to 047)");
        }
        if (request.offenceDate().isAfter(KenyanTime.dateOf(request.reportedAt()))) {
            throw ProblemException.invalid("offenceDate", "after the report date");
        }
        StationEntity station = stations.requireOpen(request.stationCode());
        if (!station.countyCode.equals(request.countyCode())) {
            throw new ProblemException(422, "county-not-the-stations", "The county is the station's",
                    "Station " + station.code + " is in county " + station.countyCode + "; a case belongs to its station's county",
                    List.of(new FieldViolation("countyCode", "must be the station's county")), null);
        }
        access.requireMayRegister(station);
        if (cases.obNumberTaken(request.stationCode(), ob.toString())) {
            throw ProblemException.conflict("duplicate-ob-number",
                    ob + " is already registered at station " + request.stationCode());
        }
        Instant now = clock.instant();
        PoliceCaseEntity c = new PoliceCaseEntity();
        c.caseId = UUID.randomUUID().toString();
        c.obNumber = ob.toString();
        c.stationCode = request.stationCode();
        c.countyCode = station.countyCode;
        c.offence = request.offence();
        c.offenceDate = request.offenceDate();
        c.offencePlace = request.offencePlace();
        c.reportedAt = request.reportedAt();
        c.status = CaseStatus.REPORTED;
        c.createdBy = access.account();
        c.createdAt = now;
        c.updatedAt = now;
        cases.persist(c);
        events.publish(c, new CaseReported(c.obNumber, c.stationCode, c.countyCode, c.offence, c.offenceDate,
                c.reportedAt));
        cases.flush();
        return new CaseCreatedView(c.caseId, c.obNumber, c.status, c.version);
    }

    @Transactional
    public CaseView get(String caseId) {
        return view(readable(caseId));
    }

    @Transactional
    public Page<CaseView> search(CaseFilter filter, PageRequest page) {
        return cases.search(access.scope(filter), page).map(this::view);
    }

    @Transactional
    public List<TimelineEntryView> timeline(String caseId) {
        readable(caseId);
        return timeline.ofCase(caseId).stream()
                .map(t -> new TimelineEntryView(t.eventId(), t.eventType(), t.agency(), t.occurredAt(), t.summary()))
                .toList();
    }

    @Transactional
    public VictimRecordedView recordVictim(String caseId, Long expectedVersion, VictimRequest request) {
        PoliceCaseEntity c = writable(caseId, expectedVersion);
        CaseLifecycle.requireOpen(c.status);
        VictimAge age = VictimAge.at(c.offenceDate, request.birthDate(), request.medicallyAssessedAge(),
                request.declaredAge());
        c.victimPseudonym = protector.pseudonym(c.caseId);
        c.victimAge = age.years();
        c.victimAgeBasis = age.basis();
        c.victimAgeBand = age.band();
        c.victimSex = request.sex();
        c.victimDisability = request.hasDisability();
        c.victimIdentityCiphertext = protector.encrypt(c.caseId, json(new VictimIdentity(request.fullName(),
                request.birthDate(), request.guardianName(), request.guardianPhone(), request.address())));
        touch(c);
        events.publish(c, new VictimRecorded(c.victimPseudonym, age.years(), age.band(), age.basis(),
                request.sex(), request.hasDisability()));
        cases.flush();
        return new VictimRecordedView(c.victimPseudonym, age.years(), age.basis(), age.band(), c.version);
    }

    @Transactional
    public VictimView victim(String caseId) {
        PoliceCaseEntity c = readable(caseId);
        if (!c.victimRecorded()) {
            throw ProblemException.notFound("The victim of case " + caseId);
        }
        VictimIdentity id = identity(c);
        return new VictimView(c.victimPseudonym, id.fullName(), id.birthDate(), c.victimAge, c.victimAgeBasis,
                c.victimAgeBand, c.victimSex, Boolean.TRUE.equals(c.victimDisability), id.guardianName(),
                id.guardianPhone(), id.address());
    }

    @Transactional
    public SuspectView addSuspect(String caseId, Long expectedVersion, SuspectRequest request) {
        PoliceCaseEntity c = writable(caseId, expectedVersion);
        CaseLifecycle.requireOpen(c.status);
        SuspectEntity s = new SuspectEntity();
        s.caseId = caseId;
        s.suspectRef = "S" + (suspects.countOfCase(caseId) + 1);
        s.fullName = request.fullName();
        s.ageYears = request.ageYears();
        s.relationship = request.relationshipToVictim();
        s.recordedAt = clock.instant();
        suspects.persist(s);
        investigating(c);
        events.publish(c, new SuspectRecorded(s.suspectRef, s.ageYears, s.relationship));
        return suspectView(s);
    }

    @Transactional
    public List<SuspectView> suspects(String caseId) {
        readable(caseId);
        return suspects.ofCase(caseId).stream().map(this::suspectView).toList();
    }

    @Transactional
    public SuspectView arrest(String caseId, String suspectRef, Long expectedVersion, ArrestRequest request) {
        PoliceCaseEntity c = writable(caseId, expectedVersion);
        CaseLifecycle.requireOpen(c.status);
        SuspectEntity s = suspect(caseId, suspectRef);
        if (s.arrestedAt != null) {
            throw ProblemException.conflict("already-arrested", "Suspect " + suspectRef + " is already recorded as arrested");
        }
        s.arrestedAt = request.arrestedAt();
        investigating(c);
        Instant due = arraignment.dueBy(s.arrestedAt);
        events.publish(c, new SuspectArrested(s.suspectRef, s.arrestedAt, due));
        return suspectView(s);
    }

    @Transactional
    public SuspectView arraign(String caseId, String suspectRef, Long expectedVersion, ArraignmentRequest request) {
        PoliceCaseEntity c = writable(caseId, expectedVersion);
        CaseLifecycle.requireOpen(c.status);
        SuspectEntity s = suspect(caseId, suspectRef);
        if (s.arrestedAt == null) {
            throw ProblemException.conflict("not-arrested", "Record the arrest of " + suspectRef + " first");
        }
        if (s.arraignedAt != null) {
            throw ProblemException.conflict("already-arraigned", "Suspect " + suspectRef + " is already arraigned");
        }
        boolean inTime = arraignment.withinLimit(s.arrestedAt, request.arraignedAt());
        s.arraignedAt = request.arraignedAt();
        s.arraignmentCourt = request.courtStation();
        s.arraignmentCourtCode = request.courtCode();
        s.arraignedInTime = inTime;
        touch(c);
        // the court goes out as its code; its name stays here (ADR 0005)
        events.publish(c, SuspectArraigned.coded(s.suspectRef, s.arraignedAt, s.arraignmentCourtCode, inTime));
        return suspectView(s);
    }

    /** A release on police bond or cash bail before arraignment: the Art. 49(1)(f) clock stops. */
    @Transactional
    public SuspectView release(String caseId, String suspectRef, Long expectedVersion, ReleaseRequest request) {
        PoliceCaseEntity c = writable(caseId, expectedVersion);
        CaseLifecycle.requireOpen(c.status);
        SuspectEntity s = suspect(caseId, suspectRef);
        if (s.arrestedAt == null) {
            throw ProblemException.conflict("not-arrested", "Record the arrest of " + suspectRef + " first");
        }
        if (s.arraignedAt != null || s.releasedAt != null) {
            throw ProblemException.conflict("not-in-police-custody", "Suspect " + suspectRef + " is no longer held by the police");
        }
        if (request.releasedAt().isBefore(s.arrestedAt)) {
            throw ProblemException.invalid("releasedAt", "before the arrest");
        }
        s.releasedAt = request.releasedAt();
        s.releaseTerms = request.terms();
        touch(c);
        events.publish(c, new SuspectReleased(s.suspectRef, s.releasedAt, s.releaseTerms));
        return suspectView(s);
    }

    @Transactional
    public CaseView addMedicalEvidence(String caseId, Long expectedVersion, MedicalEvidenceRequest request) {
        PoliceCaseEntity c = writable(caseId, expectedVersion);
        CaseLifecycle.requireOpen(c.status);
        if (request.examinedOn().isBefore(c.offenceDate)) {
            throw ProblemException.invalid("examinedOn", "before the offence date");
        }
        MedicalEvidenceEntity e = new MedicalEvidenceEntity();
        e.caseId = caseId;
        e.form = request.form();
        e.examinedOn = request.examinedOn();
        e.facility = request.facility();
        e.facilityCode = request.facilityCode();
        e.recordedAt = clock.instant();
        evidence.persist(e);
        investigating(c);
        // the facility goes out as its code; its name stays here (ADR 0005)
        events.publish(c, MedicalEvidenceRecorded.coded(e.form, e.examinedOn, e.facilityCode));
        return flushAndView(c);
    }

    @Transactional
    public CaseView addInvestigationUpdate(String caseId, Long expectedVersion, InvestigationUpdateRequest request) {
        PoliceCaseEntity c = writable(caseId, expectedVersion);
        CaseLifecycle.requireOpen(c.status);
        InvestigationUpdateEntity u = new InvestigationUpdateEntity();
        u.caseId = caseId;
        u.step = request.step();
        u.note = request.note();
        u.recordedBy = access.account();
        u.recordedAt = clock.instant();
        investigations.persist(u);
        investigating(c);
        events.publish(c, new InvestigationUpdated(u.step));
        return flushAndView(c);
    }

    @Transactional
    public CaseView refer(String caseId, Long expectedVersion, ReferralRequest request) {
        PoliceCaseEntity c = writable(caseId, expectedVersion);
        int suspectCount = (int) suspects.countOfCase(caseId);
        CaseLifecycle.requireReferable(c.status, c.victimRecorded(), suspectCount);
        c.referralCount += 1;
        c.odppOfficeCode = request.odppOfficeCode();
        c.status = CaseStatus.REFERRED_TO_ODPP;
        touch(c);
        events.publish(c, new CaseReferred(c.referralCount, c.odppOfficeCode, c.offence, suspectCount,
                evidence.countOfCase(caseId) > 0));
        return flushAndView(c);
    }

    @Transactional
    public CaseView resubmit(String caseId, Long expectedVersion, ResubmissionRequest request) {
        PoliceCaseEntity c = writable(caseId, expectedVersion);
        CaseLifecycle.requireResubmittable(c.status);
        c.referralCount += 1;
        c.status = CaseStatus.REFERRED_TO_ODPP;
        touch(c);
        events.publish(c, new CaseResubmitted(c.referralCount, c.odppOfficeCode, request.directionsAnswered()));
        return flushAndView(c);
    }

    /**
     * Closes the file for a lawful reason, or refuses a prohibited closure: then nothing about the
     * case changes, but the attempt is recorded and published (the transaction commits).
     */
    @Transactional(dontRollbackOn = ClosureRefusedException.class)
    public CaseView close(String caseId, Long expectedVersion, ClosureRequest request) {
        PoliceCaseEntity c = writable(caseId, expectedVersion);
        ClosurePolicy.Decision decision = ClosurePolicy.decide(c.offence, request.reason());
        if (decision instanceof ClosurePolicy.Refused refused) {
            events.publish(c, new ClosureAttemptRefused(refused.rule(), refused.rule().ruleId(),
                    refused.rule().statute(), access.account()));
            throw new ClosureRefusedException(refused.rule());
        }
        ClosurePolicy.Allowed allowed = (ClosurePolicy.Allowed) decision;
        CaseLifecycle.requireClosableByPolice(c.status);
        c.status = CaseStatus.CLOSED_BY_POLICE;
        c.closureReason = allowed.reason().name();
        touch(c);
        events.publish(c, new CaseClosedByPolice(allowed.reason()));
        return flushAndView(c);
    }

    private PoliceCaseEntity readable(String caseId) {
        PoliceCaseEntity c = cases.findByIdOptional(caseId)
                .orElseThrow(() -> ProblemException.notFound("Case " + caseId));
        access.requireAccess(c);
        return c;
    }

    private PoliceCaseEntity writable(String caseId, Long expectedVersion) {
        PoliceCaseEntity c = cases.findForUpdate(caseId)
                .orElseThrow(() -> ProblemException.notFound("Case " + caseId));
        access.requireAccess(c);
        if (expectedVersion != null && expectedVersion != c.version) {
            throw new ProblemException(409, "stale-update", "The case was changed by someone else",
                    "You sent version " + expectedVersion + " but the case is at version " + c.version
                            + ": reload it and apply your change again", null, null);
        }
        return c;
    }

    private SuspectEntity suspect(String caseId, String suspectRef) {
        return suspects.find(caseId, suspectRef)
                .orElseThrow(() -> ProblemException.notFound("Suspect " + suspectRef + " of case " + caseId));
    }

    private void investigating(PoliceCaseEntity c) {
        if (c.status == CaseStatus.REPORTED) {
            c.status = CaseStatus.UNDER_INVESTIGATION;
        }
        touch(c);
    }

    private void touch(PoliceCaseEntity c) {
        c.updatedAt = clock.instant();
    }

    private CaseView flushAndView(PoliceCaseEntity c) {
        cases.flush();
        return view(c);
    }

    CaseView view(PoliceCaseEntity c) {
        return new CaseView(c.caseId, c.obNumber, c.stationCode, c.countyCode, c.offence, c.offenceDate,
                c.reportedAt, c.status, c.victimPseudonym, c.victimAge, c.victimAgeBand,
                (int) suspects.countOfCase(c.caseId), (int) evidence.countOfCase(c.caseId), c.referralCount,
                c.odppFileNumber, c.courtCaseNumber, c.verdict, c.closureReason, c.version);
    }

    private SuspectView suspectView(SuspectEntity s) {
        return new SuspectView(s.suspectRef, s.fullName, s.ageYears, s.relationship, s.arrestedAt,
                s.arrestedAt == null ? null : arraignment.dueBy(s.arrestedAt), s.arraignedAt,
                s.arraignmentCourt, s.arraignedInTime, s.releasedAt, s.releaseTerms);
    }

    private VictimIdentity identity(PoliceCaseEntity c) {
        try {
            return mapper.readValue(protector.decrypt(c.caseId, c.victimIdentityCiphertext), VictimIdentity.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("victim identity of case " + c.caseId + " unreadable");
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
