package ke.haki.monitoring.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ke.haki.contract.Agency;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.nps.SuspectArraigned;
import ke.haki.contract.nps.SuspectRecorded;
import ke.haki.contract.nps.SuspectReleased;
import ke.haki.contract.nps.VictimRecorded;
import ke.haki.contract.odpp.AppealDecided;
import ke.haki.contract.odpp.CourtSittingRecorded;
import ke.haki.contract.odpp.DiversionRecorded;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.kit.inbox.BatchEffect;
import ke.haki.kit.inbox.EventRejectedException;
import ke.haki.law.ArraignmentDeadline;
import ke.haki.monitoring.config.MonitoringConfig;
import ke.haki.monitoring.domain.AlertDecision;
import ke.haki.monitoring.domain.ArraignmentPolicy;
import ke.haki.monitoring.domain.ChargeDowngradePolicy;
import ke.haki.monitoring.domain.ChildDiversionPolicy;
import ke.haki.monitoring.domain.ClosedWithoutCourtOutcomePolicy;
import ke.haki.monitoring.domain.ProhibitedClosureAttemptPolicy;
import ke.haki.monitoring.domain.SentencePolicy;
import ke.haki.monitoring.domain.SequenceGapPolicy;
import ke.haki.monitoring.domain.Stage;
import ke.haki.monitoring.domain.TrialDelayPolicy;
import ke.haki.monitoring.repository.AlertEntity;
import ke.haki.monitoring.repository.AlertRepository;
import ke.haki.monitoring.repository.CaseTimers;
import ke.haki.monitoring.repository.MonitoredCaseEntity;

/**
 * Applies consumed events, a batch at a time: for each, projection first, then the rules an event can trigger at once
 * (closures, refused attempts, late arraignment, sentence), and clears the alerts the case has
 * moved past. Time-based rules run in {@link DeadlineSweep}.
 */
@ApplicationScoped
public class MonitoringService {

    @Inject
    ProjectionService projection;

    @Inject
    AlertService alertService;

    @Inject
    AlertRepository alerts;

    @Inject
    ArraignmentDeadline arraignment;

    @Inject
    MonitoringConfig config;

    /**
     * Begins a batch of consumed events ({@link BatchEffect}) in the caller's transaction: the
     * projection's shared lock, then the batch's cases, timers and active alerts read at once;
     * each event is then applied in order and its rules decided, and the batch written back at
     * its end.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BatchEffect.Applier begin(List<CaseEvent> events) {
        projection.lockShared();
        ProjectionBatch batch = projection.load(events);
        ActiveAlerts active = new ActiveAlerts(alerts, batch.cases.keySet());
        return new BatchEffect.Applier() {
            @Override
            public void apply(CaseEvent event) {
                onEvent(batch, active, event);
            }

            @Override
            public void end() {
                projection.save(batch);
            }
        };
    }

    /** Applies one event of the batch: projection first, then the alerts it clears and raises. */
    private void onEvent(ProjectionBatch batch, ActiveAlerts active, CaseEvent event) {
        projection.misfit(batch, event).ifPresent(reason -> {
            throw EventRejectedException.doesNotFit(event, reason);
        });
        Optional<ProjectionService.Applied> applied = projection.apply(batch, event);
        if (applied.isEmpty()) {
            return;
        }
        MonitoredCaseEntity c = applied.get().monitoredCase();
        CaseTimers t = batch.timers.get(c.caseId);
        clearOvertaken(active, applied.get(), event);
        for (AlertDecision decision : decisions(c, t, event)) {
            if (alertService.raise(c, decision)) {
                active.raised(c.caseId);
            }
        }
        projection.refreshDeadline(c, t);
    }

    /** Clears the active alerts the event overtakes: the case moved on, was reopened, or a missing event arrived. */
    private void clearOvertaken(ActiveAlerts active, ProjectionService.Applied applied, CaseEvent event) {
        MonitoredCaseEntity c = applied.monitoredCase();
        if (applied.progress()) {
            for (AlertEntity quiet : active.of(c.caseId, AlertType.CASE_QUIET, null)) {
                alertService.clear(quiet, "The case moved on: " + event.type().typeName() + " at " + event.occurredAt());
            }
        }
        if (applied.stageBefore() == Stage.CLOSED && c.stage != Stage.CLOSED) {
            for (AlertEntity closed : active.of(c.caseId, AlertType.CLOSED_WITHOUT_COURT_OUTCOME, null)) {
                alertService.clear(closed, "The case was reopened: " + event.type().typeName());
            }
        }
        Agency agency = event.actingUnit().agency();
        for (long filled : applied.gapsFilled()) {
            for (AlertEntity gap : active.of(c.caseId, AlertType.EVENT_SEQUENCE_GAP,
                    SequenceGapPolicy.breachKey(agency, filled))) {
                alertService.clear(gap, "The missing event " + agency + " " + filled + " arrived");
            }
        }
    }

    /** What the rules decide on this event, given the case as it now stands. */
    private List<AlertDecision> decisions(MonitoredCaseEntity c, CaseTimers timers, CaseEvent event) {
        List<AlertDecision> decisions = new ArrayList<>();
        ClosedWithoutCourtOutcomePolicy.onEvent(event).ifPresent(decisions::add);
        ProhibitedClosureAttemptPolicy.onEvent(event).ifPresent(decisions::add);
        if (event.payload() instanceof DiversionRecorded) {
            ChildDiversionPolicy.onEvent(event, timers.suspectAges()).ifPresent(decisions::add);
        }
        ChargeDowngradePolicy.onEvent(event, c.offence, c.victimAgeBand, timers.hasFamilyMemberSuspect())
                .ifPresent(decisions::add);
        String suspectRef = arrestEnding(event);
        if (suspectRef != null) {
            timers.arrestTimer(suspectRef).flatMap(t -> ArraignmentPolicy.evaluate(arraignment, suspectRef,
                    t.arrestedAt(), t.arraignedAt(), t.releasedAt(), event.occurredAt())).ifPresent(d -> {
                        decisions.add(d);
                        timers.markArrestAlerted(suspectRef);
                    });
        }
        boolean lateFacts = c.verdict != null
                && (event.payload() instanceof VictimRecorded || event.payload() instanceof SuspectRecorded);
        if (event.payload() instanceof JudgmentDelivered || event.payload() instanceof AppealDecided || lateFacts) {
            SentencePolicy.evaluate(c.offence, c.victimAgeBand, judgment(c, timers, event)).ifPresent(decisions::add);
        }
        if (event.payload() instanceof CourtSittingRecorded) {
            TrialDelayPolicy.adjournments(ProjectionService.streak(c), config.trialDelay().adjournmentsInARow())
                    .ifPresent(decisions::add);
        }
        return decisions;
    }

    /** The suspect whose time in police custody this event ends (an arraignment or a release). */
    private static String arrestEnding(CaseEvent event) {
        if (event.payload() instanceof SuspectArraigned a) {
            return a.suspectRef();
        }
        return event.payload() instanceof SuspectReleased r ? r.suspectRef() : null;
    }

    /** The judgment as the monitor recorded it; a varied sentence on appeal is judged as its own breach. */
    SentencePolicy.Judgment judgment(MonitoredCaseEntity c, CaseTimers timers, CaseEvent event) {
        if (c.verdict == null || c.judgmentAt == null || c.sentenceLife == null) {
            return null;
        }
        String key = event.payload() instanceof AppealDecided ? "appeal:" + event.eventId() : c.judgmentAt.toString();
        JudgmentDelivered.Sentence sentence = new JudgmentDelivered.Sentence(c.sentenceLife, c.sentenceYears,
                c.sentenceMonths, c.sentenceNonCustodial);
        String accused = c.accusedRef != null ? c.accusedRef : timers.onlySuspect();
        return new SentencePolicy.Judgment(key, JudgmentDelivered.Verdict.valueOf(c.verdict), sentence.imposed(),
                c.convictedOffence, c.childAgeFound, accused == null ? null : timers.suspectAge(accused),
                Boolean.TRUE.equals(c.sentenceFlaggedBelow));
    }
}
