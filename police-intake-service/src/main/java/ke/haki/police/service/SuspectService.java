package ke.haki.police.service;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ke.haki.contract.nps.SuspectRecorded;
import ke.haki.law.ArraignmentDeadline;
import ke.haki.police.api.ArraignmentRequest;
import ke.haki.police.api.ArrestRequest;
import ke.haki.police.api.ReleaseRequest;
import ke.haki.police.api.SuspectRequest;
import ke.haki.police.api.SuspectView;
import ke.haki.police.domain.Suspect;
import ke.haki.police.mapping.CaseMapping;
import ke.haki.police.mapping.CaseViews;
import ke.haki.police.repository.SuspectRepository;

/**
 * The suspects of a case and their custody: the arrest starts the arraignment clock of
 * Constitution Art. 49(1)(f), an arraignment or a release stops it. Each change goes through
 * {@link CaseStore#change}: load, ask the aggregate, save, publish, in one transaction.
 */
@ApplicationScoped
public class SuspectService {

    @Inject
    CaseStore store;

    @Inject
    SuspectRepository suspects;

    @Inject
    Clock clock;

    @Inject
    ArraignmentDeadline arraignment;

    @Transactional
    public SuspectView addSuspect(String caseId, Long expectedVersion, SuspectRequest request) {
        CaseStore.Loaded c = store.writable(caseId, expectedVersion);
        SuspectRecorded recorded = store.change(c, policeCase -> policeCase.addSuspect(request.fullName(),
                request.ageYears(), request.relationshipToVictim(), clock.instant()));
        return view(c, recorded.suspectRef());
    }

    @Transactional
    public List<SuspectView> suspects(String caseId) {
        store.readable(caseId);
        return suspects.ofCase(caseId).stream().map(s -> CaseViews.suspect(CaseMapping.suspect(s), arraignment)).toList();
    }

    @Transactional
    public SuspectView arrest(String caseId, String suspectRef, Long expectedVersion, ArrestRequest request) {
        CaseStore.Loaded c = store.writable(caseId, expectedVersion);
        store.change(c, policeCase -> policeCase.arrest(suspectRef, request.arrestedAt(), arraignment));
        return view(c, suspectRef);
    }

    @Transactional
    public SuspectView arraign(String caseId, String suspectRef, Long expectedVersion, ArraignmentRequest request) {
        CaseStore.Loaded c = store.writable(caseId, expectedVersion);
        store.change(c, policeCase -> policeCase.arraign(suspectRef, request.arraignedAt(), request.courtStation(),
                request.courtCode(), arraignment));
        return view(c, suspectRef);
    }

    /** A release on police bond or cash bail before arraignment: the Art. 49(1)(f) clock stops. */
    @Transactional
    public SuspectView release(String caseId, String suspectRef, Long expectedVersion, ReleaseRequest request) {
        CaseStore.Loaded c = store.writable(caseId, expectedVersion);
        store.change(c, policeCase -> policeCase.release(suspectRef, request.releasedAt(), request.terms()));
        return view(c, suspectRef);
    }

    private SuspectView view(CaseStore.Loaded c, String suspectRef) {
        Suspect suspect = c.policeCase().state().suspects().stream().filter(s -> s.ref().equals(suspectRef))
                .findFirst().orElseThrow();
        return CaseViews.suspect(suspect, arraignment);
    }
}
