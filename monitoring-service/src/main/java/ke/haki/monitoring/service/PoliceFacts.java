package ke.haki.monitoring.service;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.ClosureAttemptRefused;
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
import ke.haki.law.AgeBand;
import ke.haki.law.ArraignmentDeadline;
import ke.haki.monitoring.repository.MonitoredCaseEntity;
import ke.haki.monitoring.repository.TimerStore;

/**
 * The facts each NPS event type adds to the monitor's record of one case (exhaustive over the
 * police catalogue; a type that adds nothing says so). The arraignment deadline is the monitor's
 * own, from the arrest time, never the police's figure.
 */
record PoliceFacts(MonitoredCaseEntity c, TimerStore timers, ArraignmentDeadline arraignment)
        implements NpsEventHandler<Void> {

    @Override
    public Void caseReported(CaseEvent e, CaseReported r) {
        c.countyCode = r.countyCode();
        c.stationCode = r.stationCode();
        c.offence = r.offence();
        c.obNumber = r.obNumber();
        c.reportedAt = r.reportedAt();
        return null;
    }

    @Override
    public Void victimRecorded(CaseEvent e, VictimRecorded v) {
        c.victimPseudonym = v.victimPseudonym();
        c.victimAge = v.ageAtOffence();
        c.victimAgeBand = AgeBand.ofAge(v.ageAtOffence());
        return null;
    }

    @Override
    public Void suspectRecorded(CaseEvent e, SuspectRecorded s) {
        timers.upsertSuspect(c.caseId, s.suspectRef(),
                s.relationshipToVictim() == null ? null : s.relationshipToVictim().name(), s.ageYears());
        return null;
    }

    /** The monitor's own deadline from the arrest time, not the police's arraignmentDueBy. */
    @Override
    public Void suspectArrested(CaseEvent e, SuspectArrested a) {
        timers.startArrestTimer(c.caseId, a.suspectRef(), a.arrestedAt(), arraignment.dueBy(a.arrestedAt()));
        return null;
    }

    @Override
    public Void suspectArraigned(CaseEvent e, SuspectArraigned a) {
        timers.recordArraignment(c.caseId, a.suspectRef(), a.arraignedAt());
        return null;
    }

    @Override
    public Void suspectReleased(CaseEvent e, SuspectReleased r) {
        timers.recordRelease(c.caseId, r.suspectRef(), r.releasedAt());
        return null;
    }

    @Override
    public Void medicalEvidenceRecorded(CaseEvent e, MedicalEvidenceRecorded m) {
        return null;
    }

    @Override
    public Void investigationUpdated(CaseEvent e, InvestigationUpdated u) {
        return null;
    }

    @Override
    public Void caseReferred(CaseEvent e, CaseReferred r) {
        if (c.offence == null) {
            c.offence = r.offence();
        }
        return null;
    }

    @Override
    public Void caseResubmitted(CaseEvent e, CaseResubmitted r) {
        return null;
    }

    @Override
    public Void caseClosed(CaseEvent e, CaseClosedByPolice closed) {
        return null;
    }

    @Override
    public Void policeClosureAttemptRefused(CaseEvent e, ClosureAttemptRefused r) {
        c.prohibitedAttempts++;
        return null;
    }
}
