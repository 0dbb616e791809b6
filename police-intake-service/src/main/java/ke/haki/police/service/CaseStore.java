package ke.haki.police.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.EventPayload;
import ke.haki.kit.paging.Page;
import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.timeline.EventPublisher;
import ke.haki.police.api.CaseView;
import ke.haki.police.domain.CaseState;
import ke.haki.police.domain.PoliceCase;
import ke.haki.police.mapping.CaseMapping;
import ke.haki.police.mapping.CaseViews;
import ke.haki.police.repository.CaseCounts;
import ke.haki.police.repository.CaseRepository;
import ke.haki.police.repository.EvidenceRepository;
import ke.haki.police.repository.PoliceCaseEntity;
import ke.haki.police.repository.SuspectEntity;
import ke.haki.police.repository.SuspectRepository;

/**
 * Loads a case for the caller, runs a command of its aggregate and saves it back, in the caller's
 * transaction: a case outside the caller's scope is not found, a change is made on the locked row
 * at the version the caller last saw, and its event is published with it (the outbox).
 */
@ApplicationScoped
public class CaseStore {

    @Inject
    CaseRepository cases;

    @Inject
    SuspectRepository suspects;

    @Inject
    EvidenceRepository evidence;

    @Inject
    PoliceAccess access;

    @Inject
    EventPublisher events;

    @Inject
    Clock clock;

    /** A case being changed: its row, its suspects' rows, and the aggregate read from them. */
    public record Loaded(PoliceCaseEntity row, List<SuspectEntity> suspectRows, PoliceCase policeCase) {}

    /** Saves a case just registered, created by the caller now, and publishes its report. */
    PoliceCaseEntity create(PoliceCase.Registration registration) {
        Instant now = clock.instant();
        PoliceCaseEntity c = CaseMapping.newEntity(registration.policeCase().state());
        c.createdBy = access.account();
        c.createdAt = now;
        c.updatedAt = now;
        cases.persist(c);
        events.publish(c, registration.event());
        cases.flush();
        return c;
    }

    /** The row of a case the caller may read. */
    PoliceCaseEntity readable(String caseId) {
        PoliceCaseEntity c = cases.findByIdOptional(caseId)
                .orElseThrow(() -> ProblemException.notFound("Case " + caseId));
        access.requireAccess(c);
        return c;
    }

    /** A case the caller may change, locked, at the version the caller sent (if any). */
    Loaded writable(String caseId, Long expectedVersion) {
        PoliceCaseEntity c = cases.findForUpdate(caseId)
                .orElseThrow(() -> ProblemException.notFound("Case " + caseId));
        access.requireAccess(c);
        if (expectedVersion != null && expectedVersion != c.version) {
            throw new ProblemException(409, "stale-update", "The case was changed by someone else",
                    "You sent version " + expectedVersion + " but the case is at version " + c.version
                            + ": reload it and apply your change again", null, null);
        }
        List<SuspectEntity> rows = suspects.ofCase(caseId);
        return new Loaded(c, rows, CaseMapping.toAggregate(c, rows, evidence.countOfCase(caseId)));
    }

    /**
     * Runs a command of the case (a refusal is answered as the API documents it, {@link Refusals}),
     * saves the case and publishes the event the command caused.
     */
    @SuppressWarnings("unchecked") // the published event carries the command's payload
    <E extends EventPayload> E change(Loaded loaded, Function<PoliceCase, E> command) {
        return (E) changePublished(loaded, command).payload();
    }

    /** As {@link #change}, answering the event as published (its id names it on the timeline). */
    CaseEvent changePublished(Loaded loaded, Function<PoliceCase, ? extends EventPayload> command) {
        EventPayload event = Refusals.decide(() -> command.apply(loaded.policeCase()));
        save(loaded);
        return events.publish(loaded.row(), event);
    }

    /** Writes what the aggregate holds into its rows; the case was changed now. */
    void save(Loaded loaded) {
        CaseState state = loaded.policeCase().state();
        CaseMapping.write(state, loaded.row());
        CaseMapping.writeSuspects(state, loaded.suspectRows()).forEach(suspects::persist);
        loaded.row().updatedAt = clock.instant();
    }

    /** The case as it is after the change, at its new version. */
    CaseView flushAndView(Loaded loaded) {
        cases.flush();
        CaseState state = loaded.policeCase().state();
        return CaseViews.view(loaded.row(), new CaseCounts(state.suspects().size(), state.medicalEvidence()));
    }

    CaseView view(PoliceCaseEntity c) {
        return views(List.of(c)).get(0);
    }

    /** A page of cases, with their suspects and medical forms counted in one query for the page. */
    Page<CaseView> views(Page<PoliceCaseEntity> page) {
        return new Page<>(views(page.items()), page.page(), page.size(), page.totalItems(), page.totalPages());
    }

    private List<CaseView> views(List<PoliceCaseEntity> rows) {
        Map<String, CaseCounts> counts = cases.counts(rows.stream().map(c -> c.caseId).toList());
        return rows.stream().map(c -> CaseViews.view(c, counts.getOrDefault(c.caseId, new CaseCounts(0, 0)))).toList();
    }

    void flush() {
        cases.flush();
    }
}
