package ke.haki.contract;

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

/**
 * A consumer's handling of every police (NPS) event type: one method per type, called by
 * {@link EventDispatch#nps}. A new NPS type adds a method here, so every consumer fails to compile
 * until it says what the type does to it; there is no fallback.
 */
public interface NpsEventHandler<R> {

    R caseReported(CaseEvent event, CaseReported payload);

    R victimRecorded(CaseEvent event, VictimRecorded payload);

    R suspectRecorded(CaseEvent event, SuspectRecorded payload);

    R suspectArrested(CaseEvent event, SuspectArrested payload);

    R suspectArraigned(CaseEvent event, SuspectArraigned payload);

    R suspectReleased(CaseEvent event, SuspectReleased payload);

    R medicalEvidenceRecorded(CaseEvent event, MedicalEvidenceRecorded payload);

    R investigationUpdated(CaseEvent event, InvestigationUpdated payload);

    R caseReferred(CaseEvent event, CaseReferred payload);

    R caseResubmitted(CaseEvent event, CaseResubmitted payload);

    R caseClosed(CaseEvent event, CaseClosedByPolice payload);

    R policeClosureAttemptRefused(CaseEvent event, ClosureAttemptRefused payload);
}
