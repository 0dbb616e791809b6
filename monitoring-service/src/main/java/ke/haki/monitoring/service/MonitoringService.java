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
import ke.haki.monitoring.domain.AlertDecision;
import ke.haki.monitoring.domain.ArraignmentPolicy;
import ke.haki.monitoring.domain.ClosedWithoutCourtOutcomePolicy;
import ke.haki.monitoring.domain.ProhibitedClosureAttemptPolicy;
import ke.haki.monitoring.domain.SentencePolicy;
import ke.haki.monitoring.domain.SequenceGapPolicy;
import ke.haki.monitoring.domain.Stage;
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void onEvent(CaseEvent event) {
        projection.lockShared();
        Optional<ProjectionService.Applied> applied = projection.apply(event);
        if (applied.isEmpty()) {
            return;
        }
        MonitoredCaseEntity c = applied.get().monitoredCase();
        if (applied.get().progress()) {
            for (AlertEntity quiet : alerts.active(c.caseId, AlertType.CASE_QUIET)) {
                alertService.clear(quiet, "The case moved on: " + event.type().typeName() + " at " + event.occurredAt());
            }
        }
        if (applied.get().stageBefore() == Stage.CLOSED && c.stage != Stage.CLOSED) {
            for (AlertEntity closed : alerts.active(c.caseId, AlertType.CLOSED_WITHOUT_COURT_OUTCOME)) {
                alertService.clear(closed, "The case was reopened: " + event.type().typeName());
            }
        }
        Agency agency = event.actingUnit().agency();
        for (long filled : applied.get().gapsFilled()) {
            for (AlertEntity gap : alerts.active(c.caseId, AlertType.EVENT_SEQUENCE_GAP,
                    SequenceGapPolicy.breachKey(agency, filled))) {
                alertService.clear(gap, "The missing event " + agency + " " + filled + " arrived");
            }
        }
        List<AlertDecision> decisions = new ArrayList<>();
        ClosedWithoutCourtOutcomePolicy.onEvent(event).ifPresent(decisions::add);
        ProhibitedClosureAttemptPolicy.onEvent(event).ifPresent(decisions::add);
        ArraignmentPolicy.onEvent(event).ifPresent(decisions::add);
        SentencePolicy.evaluate(c.offence, c.victimAgeBand, judgment(c)).ifPresent(decisions::add);
        for (AlertDecision decision : decisions) {
            alertService.raise(c, decision);
        }
        if (event.payload() instanceof SuspectArraigned arraigned && !arraigned.withinTwentyFourHours()) {
            timers.markArrestAlerted(c.caseId, arraigned.suspectRef());
        }
        projection.refreshDeadline(c);
    }

    static SentencePolicy.Judgment judgment(MonitoredCaseEntity c) {
        if (c.verdict == null || c.judgmentAt == null) {
            return null;
        }
        return new SentencePolicy.Judgment(c.judgmentAt.toString(),
                ke.haki.contract.odpp.JudgmentDelivered.Verdict.valueOf(c.verdict), c.sentenceLife, c.sentenceYears,
                Boolean.TRUE.equals(c.sentenceFlaggedBelow));
    }
}
