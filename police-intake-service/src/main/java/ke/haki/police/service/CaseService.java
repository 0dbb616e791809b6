package ke.haki.police.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ke.haki.contract.CaseEvent;
import ke.haki.kit.problem.ClosureRefusedException;
import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.kit.timeline.EventPublisher;
import ke.haki.kit.timeline.Timeline;
import ke.haki.police.api.CaseFilter;
import ke.haki.police.api.CaseView;
import ke.haki.police.api.ClosureRequest;
import ke.haki.police.api.InvestigationUpdateRequest;
import ke.haki.police.api.MedicalEvidenceRequest;
import ke.haki.police.api.ReferralRequest;
import ke.haki.police.api.ResubmissionRequest;
import ke.haki.police.api.TimelineEntryView;
import ke.haki.police.domain.Closure;
import ke.haki.police.mapping.CaseMapping;
import ke.haki.police.mapping.CaseViews;
import ke.haki.police.repository.CaseNoteRepository;
import ke.haki.police.repository.CaseRepository;
import ke.haki.police.repository.EvidenceRepository;
import ke.haki.police.repository.InvestigationRepository;

/**
 * The police file of a case: each change loads the case, asks its aggregate
 * ({@link ke.haki.police.domain.PoliceCase}), saves it and publishes its event ({@link CaseStore}),
 * all in one transaction (the outbox). Registration is {@link RegistrationService}, the victim
 * {@link VictimService}, the suspects {@link SuspectService}.
 */
@ApplicationScoped
public class CaseService {

    @Inject
    CaseStore store;

    @Inject
    CaseRepository cases;

    @Inject
    EvidenceRepository evidence;

    @Inject
    InvestigationRepository investigations;

    @Inject
    CaseNoteRepository notes;

    @Inject
    Timeline timeline;

    @Inject
    EventPublisher events;

    @Inject
    PoliceAccess access;

    @Inject
    Clock clock;

    @Transactional
    public CaseView get(String caseId) {
        return store.view(store.readable(caseId));
    }

    @Transactional
    public Page<CaseView> search(CaseFilter filter, PageRequest page) {
        return store.views(cases.search(access.scope(filter), page));
    }

    @Transactional
    public List<TimelineEntryView> timeline(String caseId) {
        store.readable(caseId);
        Map<UUID, String> byEvent = notes.ofCaseByEvent(caseId);
        return timeline.ofCase(caseId).stream().map(t -> CaseViews.timelineEntry(t, byEvent.get(t.eventId()))).toList();
    }

    @Transactional
    public CaseView addMedicalEvidence(String caseId, Long expectedVersion, MedicalEvidenceRequest request) {
        CaseStore.Loaded c = store.writable(caseId, expectedVersion);
        store.change(c, policeCase -> policeCase.recordMedicalEvidence(request.form(), request.examinedOn(),
                request.facilityCode()));
        evidence.persist(CaseMapping.medicalEvidence(caseId, request, clock.instant()));
        return store.flushAndView(c);
    }

    @Transactional
    public CaseView addInvestigationUpdate(String caseId, Long expectedVersion, InvestigationUpdateRequest request) {
        CaseStore.Loaded c = store.writable(caseId, expectedVersion);
        store.change(c, policeCase -> policeCase.recordInvestigationStep(request.step()));
        investigations.persist(CaseMapping.investigationUpdate(caseId, request, access.account(), clock.instant()));
        return store.flushAndView(c);
    }

    @Transactional
    public CaseView refer(String caseId, Long expectedVersion, ReferralRequest request) {
        CaseStore.Loaded c = store.writable(caseId, expectedVersion);
        store.change(c, policeCase -> policeCase.refer(request.odppOfficeCode()));
        return store.flushAndView(c);
    }

    @Transactional
    public CaseView resubmit(String caseId, Long expectedVersion, ResubmissionRequest request) {
        CaseStore.Loaded c = store.writable(caseId, expectedVersion);
        keep(store.changePublished(c, policeCase -> policeCase.resubmit(request.directionsAnswered())), request.note());
        return store.flushAndView(c);
    }

    /**
     * Closes the file for a lawful reason, or refuses a prohibited closure: then nothing about the
     * case changes, but the attempt is recorded and published (the transaction commits). The note,
     * if any, stays with the police beside the event (encrypted; shown on the timeline).
     */
    @Transactional(dontRollbackOn = ClosureRefusedException.class)
    public CaseView close(String caseId, Long expectedVersion, ClosureRequest request) {
        CaseStore.Loaded c = store.writable(caseId, expectedVersion);
        Closure closure = Refusals.decide(() -> c.policeCase().close(request.reason(), access.account()));
        if (closure instanceof Closure.Refused refused) {
            keep(events.publish(c.row(), refused.event()), request.note());
            throw new ClosureRefusedException(refused.rule(), "closure");
        }
        store.save(c);
        keep(events.publish(c.row(), ((Closure.Closed) closure).event()), request.note());
        return store.flushAndView(c);
    }

    /** Keeps the note sent with an event (closure, refused closure, re-submission), if there is one. */
    private void keep(CaseEvent event, String note) {
        if (note != null && !note.isBlank()) {
            notes.persist(CaseMapping.caseNote(event, note, access.account(), clock.instant()));
        }
    }
}
