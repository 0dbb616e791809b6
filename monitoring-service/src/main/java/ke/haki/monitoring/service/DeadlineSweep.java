package ke.haki.monitoring.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import ke.haki.monitoring.config.MonitoringConfig;
import ke.haki.law.ArraignmentDeadline;
import ke.haki.monitoring.domain.ArraignmentPolicy;
import ke.haki.monitoring.domain.TrialDelayPolicy;
import ke.haki.monitoring.domain.SequenceGapPolicy;
import ke.haki.monitoring.metrics.MonitoringMetrics;
import ke.haki.monitoring.repository.MonitoredCaseEntity;
import ke.haki.monitoring.repository.MonitoredCaseRepository;
import ke.haki.monitoring.repository.TimerStore;

/**
 * Finds the cases whose next deadline has passed (through the partial index on
 * {@code next_deadline_at}, so the cost follows the due cases) and raises what is due: quiet
 * cases, overdue arraignments, sequence gaps past their grace. Each breach is raised once;
 * the case's next deadline then moves on.
 */
@ApplicationScoped
public class DeadlineSweep {

    private static final Logger LOG = Logger.getLogger(DeadlineSweep.class);

    public record Result(int casesDue, int alertsRaised) {}

    @Inject
    MonitoredCaseRepository cases;

    @Inject
    ProjectionService projection;

    @Inject
    AlertService alertService;

    @Inject
    TimerStore timers;

    @Inject
    ArraignmentDeadline arraignment;

    @Inject
    MonitoringConfig config;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MonitoringMetrics metrics;

    @Scheduled(every = "${haki.monitoring.sweep.every:60s}", identity = "deadline-sweep",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Result result = sweep();
        if (result.alertsRaised() > 0) {
            LOG.infof("sweep: %d case(s) due, %d alert(s) raised", result.casesDue(), result.alertsRaised());
        }
    }

    /** Runs one sweep now, batch after batch, until no case is due. */
    public Result sweep() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        int due = 0;
        int raised = 0;
        int batchSize = config.sweep().batchSize();
        while (true) {
            Result batch = QuarkusTransaction.requiringNew().call(() -> sweepBatch(now, batchSize));
            due += batch.casesDue();
            raised += batch.alertsRaised();
            if (batch.casesDue() < batchSize) {
                metrics.swept(due, java.time.Duration.ofNanos(System.nanoTime() - started));
                return new Result(due, raised);
            }
        }
    }

    private Result sweepBatch(Instant now, int batchSize) {
        projection.lockShared();
        List<String> ids = cases.lockDue(now, batchSize);
        int raised = 0;
        for (String caseId : ids) {
            MonitoredCaseEntity c = em.find(MonitoredCaseEntity.class, caseId);
            raised += raiseDue(c, now);
            projection.refreshDeadline(c);
            moveOnFromNow(c, now);
        }
        return new Result(ids.size(), raised);
    }

    /** Raises every breach of the case that is due now; returns how many alerts are new. */
    private int raiseDue(MonitoredCaseEntity c, Instant now) {
        String caseId = c.caseId;
        int raised = 0;
        if (c.quietDueAt != null && !now.isBefore(c.quietDueAt)) {
            var decision = projection.quietPolicy().evaluate(c.stage, c.lastProgressAt, now);
            if (decision.isPresent() && alertService.raise(c, decision.get())) {
                raised++;
            }
            c.quietDueAt = null;
        }
        for (TimerStore.ArrestTimer t : timers.runningArrestTimers(caseId)) {
            var decision = ArraignmentPolicy.evaluate(arraignment, t.suspectRef(), t.arrestedAt(), null, null, now);
            if (decision.isPresent()) {
                if (alertService.raise(c, decision.get())) {
                    raised++;
                }
                timers.markArrestAlerted(caseId, t.suspectRef());
            }
        }
        Instant trialDue = projection.trialDeadline(c);
        if (trialDue != null && !now.isBefore(trialDue)) {
            var decision = TrialDelayPolicy.chargeToJudgment(c.chargedAt, c.judgmentAt,
                    config.trialDelay().chargeToJudgment(), now);
            if (decision.isPresent() && alertService.raise(c, decision.get())) {
                raised++;
            }
            c.trialDelayAlerted = true;
        }
        for (TimerStore.Gap g : timers.waitingGaps(caseId)) {
            var decision = SequenceGapPolicy.evaluate(g.agency(), g.missingSequence(), g.graceUntil(), g.filled(), now);
            if (decision.isPresent()) {
                if (alertService.raise(c, decision.get())) {
                    raised++;
                }
                timers.markGapAlerted(caseId, g.agency(), g.missingSequence());
            }
        }
        return raised;
    }

    /** A case's next deadline after the sweep is in the future: exactly at an arraignment limit is still in time. */
    private static void moveOnFromNow(MonitoredCaseEntity c, Instant now) {
        if (c.nextDeadlineAt != null && c.nextDeadlineAt.equals(now)
                && ProjectionService.DEADLINE_ARRAIGNMENT.equals(c.deadlineKind)) {
            // "not later than" the limit: exactly at it the suspect is still in time; the breach begins just after
            c.nextDeadlineAt = now.plus(1, ChronoUnit.MICROS);
        } else if (c.nextDeadlineAt != null && !now.isBefore(c.nextDeadlineAt)) {
            // cannot happen with the rules above; never let one case stall the sweep
            LOG.warnf("case %s stays due after the sweep (%s); its deadline is dropped", c.caseId, c.deadlineKind);
            c.nextDeadlineAt = null;
            c.deadlineKind = null;
        }
    }
}
