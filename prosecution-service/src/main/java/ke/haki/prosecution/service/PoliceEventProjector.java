package ke.haki.prosecution.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.EventDispatch;
import ke.haki.contract.NpsEventHandler;
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
import ke.haki.kit.inbox.EventRejectedException;
import ke.haki.law.RuleViolation;
import ke.haki.prosecution.config.ProsecutionConfig;
import ke.haki.prosecution.domain.ChildAge;
import ke.haki.prosecution.domain.PoliceEventGuard;
import ke.haki.prosecution.repository.CaseProjectionEntity;
import ke.haki.prosecution.repository.CaseSuspectEntity;

/**
 * Applies every police (NPS) event type ({@link NpsEventHandler}): keeps a pseudonymous projection
 * of the police file, opens an ODPP file on referral (publishing "referral received"), reopens the
 * review on re-submission, and lets later evidence reach the file. An event that does not fit the
 * case's state ({@link PoliceEventGuard}) is rejected to the dead-letter topic and changes nothing.
 * The rows it works on are the transaction's {@link PoliceBatch}: a polled batch's cases are read
 * in one query per table ({@link #forBatch}), changed in memory event by event, in order, and
 * written when the batch's transaction commits.
 */
@ApplicationScoped
public class PoliceEventProjector implements NpsEventHandler<Void> {

    @Inject
    PoliceBatch batch;

    @Inject
    FileStore store;

    @Inject
    ProsecutionConfig config;

    @Inject
    Clock clock;

    /**
     * The effect for a polled batch whose records are keyed by these cases: the first event applied
     * reads all their rows at once ({@link PoliceBatch#prefetch}); when the batch is applied again
     * event by event (after a failure), each transaction reads only its own case.
     */
    public Consumer<CaseEvent> forBatch(Collection<String> caseIds) {
        List<String> cases = List.copyOf(caseIds);
        AtomicBoolean first = new AtomicBoolean(true);
        return event -> {
            if (first.getAndSet(false)) {
                batch.prefetch(cases);
            }
            apply(event);
        };
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CaseEvent event) {
        try {
            EventDispatch.nps(event, this);
        } catch (IllegalArgumentException e) {
            throw new EventRejectedException(e.getMessage());
        } catch (RuleViolation e) {
            throw new EventRejectedException(event.type().typeName() + " for case " + event.caseId()
                    + " cannot apply: " + e.getMessage());
        }
        batch.record(event);
    }

    @Override
    public Void caseReported(CaseEvent event, CaseReported r) {
        if (batch.projection(event.caseId()).isPresent()) {
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
        batch.reported(c);
        return null;
    }

    @Override
    public Void victimRecorded(CaseEvent event, VictimRecorded v) {
        CaseProjectionEntity c = reportedCase(event);
        ChildAge age = childAge(v);
        c.victimPseudonym = v.victimPseudonym();
        c.victimAge = age.years();
        c.victimAgeBand = age.band();
        c.victimAgeBasis = age.basis();
        c.victimSex = v.sex();
        return null;
    }

    @Override
    public Void suspectRecorded(CaseEvent event, SuspectRecorded s) {
        CaseProjectionEntity c = reportedCase(event);
        Optional<CaseSuspectEntity> known = batch.suspect(c.caseId, s.suspectRef());
        CaseSuspectEntity suspect = known.orElseGet(CaseSuspectEntity::new);
        suspect.caseId = c.caseId;
        suspect.suspectRef = s.suspectRef();
        suspect.ageYears = s.ageYears();
        suspect.relationship = s.relationshipToVictim();
        if (known.isEmpty()) {
            batch.suspectAdded(suspect);
        }
        return null;
    }

    @Override
    public Void suspectArrested(CaseEvent event, SuspectArrested a) {
        CaseProjectionEntity c = reportedCase(event);
        suspect(c.caseId, a.suspectRef()).arrestedAt = a.arrestedAt();
        return null;
    }

    @Override
    public Void suspectArraigned(CaseEvent event, SuspectArraigned a) {
        CaseProjectionEntity c = reportedCase(event);
        CaseSuspectEntity suspect = suspect(c.caseId, a.suspectRef());
        reject(event, PoliceEventGuard.arraignment(suspect.arrestedAt != null, suspect.arraignedAt != null));
        suspect.arraignedAt = a.arraignedAt();
        suspect.arraignedInTime = a.withinTwentyFourHours();
        return null;
    }

    @Override
    public Void suspectReleased(CaseEvent event, SuspectReleased r) {
        CaseProjectionEntity c = reportedCase(event);
        CaseSuspectEntity suspect = suspect(c.caseId, r.suspectRef());
        reject(event, PoliceEventGuard.release(suspect.arrestedAt != null));
        return null;
    }

    @Override
    public Void medicalEvidenceRecorded(CaseEvent event, MedicalEvidenceRecorded m) {
        reportedCase(event).medicalEvidenceCount += 1;
        return null;
    }

    @Override
    public Void investigationUpdated(CaseEvent event, InvestigationUpdated u) {
        reportedCase(event).investigationUpdates += 1;
        return null;
    }

    @Override
    public Void caseReferred(CaseEvent event, CaseReferred r) {
        CaseProjectionEntity c = reportedCase(event);
        if (batch.file(c.caseId).isPresent()) {
            throw new EventRejectedException("case " + c.caseId + " already has an ODPP file; "
                    + "a later submission comes as ke.nps.case.resubmitted.v1");
        }
        Instant now = clock.instant();
        batch.writePending();
        batch.fileOpened(store.open(c, r.odppOfficeCode(), r.referralNumber(), now, now.atZone(config.zone()).getYear()));
        return null;
    }

    @Override
    public Void caseResubmitted(CaseEvent event, CaseResubmitted r) {
        CaseProjectionEntity c = reportedCase(event);
        batch.writePending();
        FileStore.Loaded file = store.forPoliceEvent(c.caseId)
                .orElseThrow(() -> new EventRejectedException("case " + c.caseId + " has no ODPP file to re-submit to"));
        store.save(file, file.file().resubmit(r.referralNumber(), r.odppOfficeCode()));
        return null;
    }

    @Override
    public Void caseClosed(CaseEvent event, CaseClosedByPolice closed) {
        CaseProjectionEntity c = reportedCase(event);
        reject(event, PoliceEventGuard.policeClosure(batch.file(c.caseId).map(f -> f.status).orElse(null)));
        c.policeClosedReason = closed.reason().name();
        return null;
    }

    @Override
    public Void policeClosureAttemptRefused(CaseEvent event, ClosureAttemptRefused r) {
        projection(event);
        return null;
    }

    /** The case's projection, locked, for an event that needs the police file open. */
    private CaseProjectionEntity reportedCase(CaseEvent event) {
        CaseProjectionEntity c = projection(event);
        reject(event, PoliceEventGuard.afterPoliceClosure(c.policeClosedReason));
        return c;
    }

    private CaseProjectionEntity projection(CaseEvent event) {
        CaseProjectionEntity c = batch.projection(event.caseId())
                .orElseThrow(() -> new EventRejectedException("unknown case " + event.caseId()
                        + ": " + event.type().typeName() + " before ke.nps.case.reported.v1"));
        c.updatedAt = later(c.updatedAt, event.occurredAt());
        return c;
    }

    private static void reject(CaseEvent event, Optional<String> misfit) {
        misfit.ifPresent(reason -> {
            throw EventRejectedException.doesNotFit(event, reason);
        });
    }

    private CaseSuspectEntity suspect(String caseId, String suspectRef) {
        return batch.suspect(caseId, suspectRef)
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
