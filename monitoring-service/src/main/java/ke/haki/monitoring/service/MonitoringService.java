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
import ke.haki.monitoring.repository.MonitoredCaseEntity;
import ke.haki.monitoring.repository.TimerStore;

/**
 * Applies a consumed event: projection first, then the rules an event can trigger at once
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
    TimerStore timers;

    @Inject
    ArraignmentDeadline arraignment;

    @Inject
    MonitoringConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onEvent(CaseEvent event) {
        projection.lockShared();
        projection.misfit(event).ifPresent(reason -> {
            throw EventRejectedException.doesNotFit(event, reason);
        });
        Optional<ProjectionService.Applied> applied = projection.apply(event);
        if (applied.isEmpty()) {
            return;
        }
        MonitoredCaseEntity c = applied.get().monitoredCase();
        clearOvertaken(applied.get(), event);
        for (AlertDecision decision : decisions(c, event)) {
            alertService.raise(c, decision);
        }
        projection.refreshDeadline(c);
    }

    /** Clears the active alerts the event overtakes: the case moved on, was reopened, or a missing event arrived. */
    private void clearOvertaken(ProjectionService.Applied applied, CaseEvent event) {
        MonitoredCaseEntity c = applied.monitoredCase();
        if (applied.progress()) {
            for (AlertEntity quiet : alerts.active(c.caseId, AlertType.CASE_QUIET)) {
                alertService.clear(quiet, "The case moved on: " + event.type().typeName() + " at " + event.occurredAt());
            }
        }
        if (applied.stageBefore() == Stage.CLOSED && c.stage != Stage.CLOSED) {
            for (AlertEntity closed : alerts.active(c.caseId, AlertType.CLOSED_WITHOUT_COURT_OUTCOME)) {
                alertService.clear(closed, "The case was reopened: " + event.type().typeName());
            }
        }
        Agency agency = event.actingUnit().agency();
        for (long filled : applied.gapsFilled()) {
            for (AlertEntity gap : alerts.active(c.caseId, AlertType.EVENT_SEQUENCE_GAP,
                    SequenceGapPolicy.breachKey(agency, filled))) {
                alertService.clear(gap, "The missing event " + agency + " " + filled + " arrived");
            }
        }
    }

    /** What the rules decide on this event, given the case as it now stands. */
    private List<AlertDecision> decisions(MonitoredCaseEntity c, CaseEvent event) {
        List<AlertDecision> decisions = new ArrayList<>();
        ClosedWithoutCourtOutcomePolicy.onEvent(event).ifPresent(decisions::add);
        ProhibitedClosureAttemptPolicy.onEvent(event).ifPresent(decisions::add);
        if (event.payload() instanceof DiversionRecorded) {
            ChildDiversionPolicy.onEvent(event, timers.suspectAges(c.caseId)).ifPresent(decisions::add);
        }
        ChargeDowngradePolicy.onEvent(event, c.offence, c.victimAgeBand, timers.hasFamilyMemberSuspect(c.caseId))
                .ifPresent(decisions::add);
        String suspectRef = arrestEnding(event);
        if (suspectRef != null) {
            timers.arrestTimer(c.caseId, suspectRef).flatMap(t -> ArraignmentPolicy.evaluate(arraignment, suspectRef,
                    t.arrestedAt(), t.arraignedAt(), t.releasedAt(), event.occurredAt())).ifPresent(d -> {
                        decisions.add(d);
                        timers.markArrestAlerted(c.caseId, suspectRef);
                    });
        }
        boolean lateFacts = c.verdict != null
                && (event.payload() instanceof VictimRecorded || event.payload() instanceof SuspectRecorded);
        if (event.payload() instanceof JudgmentDelivered || event.payload() instanceof AppealDecided || lateFacts) {
            SentencePolicy.evaluate(c.offence, c.victimAgeBand, judgment(c, event)).ifPresent(decisions::add);
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
    SentencePolicy.Judgment judgment(MonitoredCaseEntity c, CaseEvent event) {
        if (c.verdict == null || c.judgmentAt == null || c.sentenceLife == null) {
            return null;
        }
        String key = event.payload() instanceof AppealDecided ? "appeal:" + event.eventId() : c.judgmentAt.toString();
        JudgmentDelivered.Sentence sentence = new JudgmentDelivered.Sentence(c.sentenceLife, c.sentenceYears,
                c.sentenceMonths, c.sentenceNonCustodial);
        String accused = c.accusedRef != null ? c.accusedRef : timers.onlySuspect(c.caseId);
        return new SentencePolicy.Judgment(key, JudgmentDelivered.Verdict.valueOf(c.verdict), sentence.imposed(),
                c.convictedOffence, c.childAgeFound, accused == null ? null : timers.suspectAge(c.caseId, accused),
                Boolean.TRUE.equals(c.sentenceFlaggedBelow));
    }
}
