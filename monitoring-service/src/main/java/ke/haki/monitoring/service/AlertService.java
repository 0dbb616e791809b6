package ke.haki.monitoring.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ke.haki.contract.ActingUnit;
import ke.haki.contract.Agency;
import ke.haki.contract.ngec.AlertRaised;
import ke.haki.contract.ngec.AlertStatusChanged;
import ke.haki.contract.ngec.AlertStatusChanged.AlertStatus;
import ke.haki.kit.outbox.Outbox;
import ke.haki.kit.tracing.TraceContext;
import ke.haki.monitoring.domain.AlertDecision;
import ke.haki.monitoring.metrics.MonitoringMetrics;
import ke.haki.monitoring.repository.AlertEntity;
import ke.haki.monitoring.repository.AlertHistoryEntity;
import ke.haki.monitoring.repository.AlertHistoryRepository;
import ke.haki.monitoring.repository.AlertRepository;
import ke.haki.monitoring.repository.MonitoredCaseEntity;

/**
 * Raises, clears and changes alerts, each with a history row and an event on
 * {@code ngec.case-alerts.v1} through the outbox, in the caller's transaction.
 */
@ApplicationScoped
public class AlertService {

    public static final ActingUnit NGEC = new ActingUnit(Agency.NGEC, "NGEC-HQ", null);
    public static final String SYSTEM = "system";

    @Inject
    AlertRepository alerts;

    @Inject
    AlertHistoryRepository history;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    MonitoringMetrics metrics;

    /** @return true when this breach was not raised before and is raised now */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean raise(MonitoredCaseEntity c, AlertDecision decision) {
        Instant now = clock.instant();
        UUID alertId = UUID.randomUUID();
        if (!alerts.insertOnce(alertId, c, decision, now)) {
            return false;
        }
        alerts.recordTrace(alertId, TraceContext.currentTraceId());
        record(alertId, AlertStatus.OPEN, SYSTEM, decision.reason(), now);
        outbox.append(c.caseId, NGEC, new AlertRaised(alertId.toString(), decision.type(), decision.severity(),
                c.stage == null ? null : c.stage.name(), decision.reason(), decision.rule(), decision.dueAt()));
        metrics.alertRaised(decision);
        return true;
    }

    /** The case moved on: the alert is cleared by the system, its history kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clear(AlertEntity alert, String why) {
        change(alert, AlertStatus.CLEARED, SYSTEM, why);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void change(AlertEntity alert, AlertStatus status, String by, String note) {
        Instant now = clock.instant();
        alert.status = status;
        alert.updatedAt = now;
        record(alert.alertId, status, by, note, now);
        outbox.append(alert.caseId, NGEC, new AlertStatusChanged(alert.alertId.toString(), alert.alertType, status, by));
    }

    private void record(UUID alertId, AlertStatus status, String by, String note, Instant at) {
        AlertHistoryEntity h = new AlertHistoryEntity();
        h.alertId = alertId;
        h.status = status;
        h.changedBy = by;
        h.note = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
        h.changedAt = at;
        history.persist(h);
    }
}
