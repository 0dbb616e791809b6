package ke.haki.prosecution.service;

import ke.haki.law.RuleViolation;
import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.contract.nps.CaseReferred;
import ke.haki.contract.nps.CaseReported;
import ke.haki.contract.nps.CaseResubmitted;
import ke.haki.contract.nps.InvestigationUpdated;
import ke.haki.contract.nps.MedicalEvidenceRecorded;
import ke.haki.contract.nps.SuspectArraigned;
import ke.haki.contract.nps.SuspectArrested;
import ke.haki.contract.nps.SuspectRecorded;
import ke.haki.contract.nps.VictimRecorded;
import ke.haki.contract.odpp.ReferralReceived;
import ke.haki.kit.inbox.EventRejectedException;
import ke.haki.prosecution.config.ProsecutionConfig;
import ke.haki.prosecution.domain.ChildAge;
import ke.haki.prosecution.domain.FileLifecycle;
import ke.haki.prosecution.domain.FileStatus;
import ke.haki.prosecution.domain.OdppFileNumber;
import ke.haki.prosecution.repository.CaseProjectionEntity;
import ke.haki.prosecution.repository.CaseProjectionRepository;
import ke.haki.prosecution.repository.CaseSuspectEntity;
import ke.haki.prosecution.repository.CaseSuspectRepository;
import ke.haki.prosecution.repository.FileRepository;
import ke.haki.prosecution.repository.ProsecutionFileEntity;

/**
 * Applies police events: keeps a pseudonymous projection of the police file, opens an ODPP file on
 * referral (publishing "referral received"), reopens the review on re-submission, and lets later
 * evidence reach the file. An event that cannot apply is rejected to the dead-letter topic.
 */
@ApplicationScoped
public class ReferralService {

    @Inject
    CaseProjectionRepository projections;

    @Inject
    CaseSuspectRepository suspects;

    @Inject
    FileRepository files;

    @Inject
    FileEventPublisher events;

    @Inject
    ProsecutionConfig config;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CaseEvent event) {
        try {
            Object payload = event.payload();
            if (payload instanceof CaseReported r) {
                reported(event, r);
                return;
            }
            CaseProjectionEntity c = projections.findForUpdate(event.caseId())
                    .orElseThrow(() -> new EventRejectedException("unknown case " + event.caseId()
                            + ": " + event.type().typeName() + " before ke.nps.case.reported.v1"));
            String summary;
            if (payload instanceof VictimRecorded v) {
                ChildAge age = childAge(v);
                c.victimPseudonym = v.victimPseudonym();
                c.victimAge = age.years();
                c.victimAgeBand = age.band();
                c.victimAgeBasis = age.basis();
                c.victimSex = v.sex();
                summary = "Police recorded the victim: " + v.victimPseudonym() + ", aged " + age.years()
                        + " at the offence (" + age.band() + ", " + age.basis() + ")";
            } else if (payload instanceof SuspectRecorded s) {
                CaseSuspectEntity suspect = suspects.find(c.caseId, s.suspectRef()).orElseGet(() -> {
                    CaseSuspectEntity created = new CaseSuspectEntity();
                    created.caseId = c.caseId;
                    created.suspectRef = s.suspectRef();
                    return created;
                });
                suspect.ageYears = s.ageYears();
                suspect.relationship = s.relationshipToVictim();
                suspects.persist(suspect);
                summary = "Police recorded suspect " + s.suspectRef() + " (" + s.relationshipToVictim() + ")";
            } else if (payload instanceof SuspectArrested a) {
                suspect(c.caseId, a.suspectRef()).arrestedAt = a.arrestedAt();
                summary = "Suspect " + a.suspectRef() + " arrested; to be arraigned by " + a.arraignmentDueBy();
            } else if (payload instanceof SuspectArraigned a) {
                CaseSuspectEntity suspect = suspect(c.caseId, a.suspectRef());
                suspect.arraignedAt = a.arraignedAt();
                suspect.arraignedInTime = a.withinTwentyFourHours();
                summary = "Suspect " + a.suspectRef() + " arraigned at " + a.courtStation()
                        + (a.withinTwentyFourHours() ? " within 24 hours" : " after the 24-hour limit (Art. 49(1)(f))");
            } else if (payload instanceof MedicalEvidenceRecorded m) {
                c.medicalEvidenceCount += 1;
                summary = "Police recorded a " + m.form() + " form examined on " + m.examinedOn();
            } else if (payload instanceof InvestigationUpdated u) {
                c.investigationUpdates += 1;
                summary = "Police investigation: " + u.step();
            } else if (payload instanceof CaseReferred r) {
                summary = referred(event, c, r);
            } else if (payload instanceof CaseResubmitted r) {
                summary = resubmitted(event, c, r);
            } else if (payload instanceof CaseClosedByPolice closed) {
                c.policeClosedReason = closed.reason().name();
                summary = "Police closed their file: " + closed.reason();
            } else if (payload instanceof ClosureAttemptRefused r) {
                summary = "Police refused " + r.attemptedAction() + " (" + r.statute() + ")";
            } else {
                throw new EventRejectedException("not an NPS event: " + event.type().typeName());
            }
            c.updatedAt = later(c.updatedAt, event.occurredAt());
            events.record(event, summary);
        } catch (RuleViolation e) {
            throw new EventRejectedException(event.type().typeName() + " for case " + event.caseId()
                    + " cannot apply: " + e.getMessage());
        }
    }

    private void reported(CaseEvent event, CaseReported r) {
        if (projections.findByIdOptional(event.caseId()).isPresent()) {
            throw new EventRejectedException("case " + event.caseId() + " was already reported");
        }
        CaseProjectionEntity c = new CaseProjectionEntity();
        c.caseId = event.caseId();
        c.obNumber = r.obNumber();
        c.stationCode = r.stationCode();
        c.countyCode = r.countyCode();
        c.offence = r.offence();
        c.offenceDate = r.offenceDate();
        c.updatedAt = event.occurredAt();
        projections.persist(c);
        projections.flush();
        events.record(event, "Police reported " + r.offence() + ": " + r.obNumber() + " at " + r.stationCode());
    }

    private String referred(CaseEvent event, CaseProjectionEntity c, CaseReferred r) {
        if (files.findByIdOptional(c.caseId).isPresent()) {
            throw new EventRejectedException("case " + c.caseId + " already has an ODPP file; "
                    + "a later submission comes as ke.nps.case.resubmitted.v1");
        }
        Instant now = clock.instant();
        int year = now.atZone(config.zone()).getYear();
        ProsecutionFileEntity file = new ProsecutionFileEntity();
        file.caseId = c.caseId;
        file.fileNumber = OdppFileNumber.format(c.countyCode, year, files.nextFileNumber(c.countyCode, year));
        file.countyCode = c.countyCode;
        file.officeCode = r.odppOfficeCode();
        file.status = FileStatus.UNDER_REVIEW;
        file.referralNumber = r.referralNumber();
        file.receivedAt = now;
        file.updatedAt = now;
        files.persist(file);
        files.flush();
        events.publish(file, new ReferralReceived(file.fileNumber, file.officeCode, file.referralNumber),
                "ODPP opened file " + file.fileNumber + " at " + file.officeCode + " (referral " + file.referralNumber + ")");
        return "Police referred the file to " + r.odppOfficeCode() + " (referral " + r.referralNumber() + ", "
                + r.suspectCount() + " suspect(s), medical evidence " + (r.medicalEvidenceAttached() ? "attached" : "not attached") + ")";
    }

    private String resubmitted(CaseEvent event, CaseProjectionEntity c, CaseResubmitted r) {
        ProsecutionFileEntity file = files.findForUpdate(c.caseId)
                .orElseThrow(() -> new EventRejectedException("case " + c.caseId + " has no ODPP file to re-submit to"));
        file.status = FileLifecycle.resubmit(file.status);
        file.referralNumber = r.referralNumber();
        if (r.odppOfficeCode() != null && !r.odppOfficeCode().isBlank()) {
            file.officeCode = r.odppOfficeCode();
        }
        file.updatedAt = clock.instant();
        events.publish(file, new ReferralReceived(file.fileNumber, file.officeCode, file.referralNumber),
                "ODPP reopened the review of " + file.fileNumber + " (referral " + file.referralNumber + ")");
        return "Police re-submitted the file (referral " + r.referralNumber() + ", " + r.directionsAnswered()
                + " direction(s) answered)";
    }

    private CaseSuspectEntity suspect(String caseId, String suspectRef) {
        return suspects.find(caseId, suspectRef)
                .orElseThrow(() -> new EventRejectedException("unknown suspect " + suspectRef + " of case " + caseId));
    }

    private static ChildAge childAge(VictimRecorded v) {
        try {
            return new ChildAge(v.ageAtOffence(), v.ageBasis(), v.ageBand());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new EventRejectedException("victim particulars inconsistent: " + e.getMessage());
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
