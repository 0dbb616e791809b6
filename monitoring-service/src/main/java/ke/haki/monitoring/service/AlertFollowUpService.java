package ke.haki.monitoring.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import ke.haki.contract.ngec.AlertStatusChanged.AlertStatus;
import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.kit.problem.ProblemException;
import ke.haki.monitoring.api.AlertCounts;
import ke.haki.monitoring.api.AlertFilter;
import ke.haki.monitoring.api.AlertView;
import ke.haki.monitoring.directory.ColleagueDirectory;
import ke.haki.monitoring.domain.AlertLifecycle;
import ke.haki.monitoring.repository.AlertEntity;
import ke.haki.monitoring.repository.AlertHistoryRepository;
import ke.haki.monitoring.repository.AlertRepository;

/** What NGEC monitors do with alerts: find them, acknowledge, assign, escalate, resolve with a note. */
@ApplicationScoped
public class AlertFollowUpService {

    @Inject
    AlertRepository alerts;

    @Inject
    AlertHistoryRepository history;

    @Inject
    AlertService alertService;

    @Inject
    MonitorAccess access;

    @Inject
    Clock clock;

    @Inject
    ColleagueDirectory directory;

    /** A page of alerts in the caller's scope, most severe first, then oldest first. */
    @Transactional
    public Page<AlertView> search(AlertFilter filter, Integer minAgeDays, PageRequest page) {
        Instant raisedBefore = minAgeDays == null ? null : clock.instant().minus(Duration.ofDays(minAgeDays));
        return alerts.search(scoped(filter, raisedBefore), page).map(a -> view(a, null));
    }

    /** The dashboard's queue: a page of alerts and the per-value counts of its filters, in the caller's scope. */
    @Transactional
    public Queue queue(AlertFilter filter, PageRequest page) {
        AlertFilter scoped = scoped(filter, null);
        return new Queue(alerts.search(scoped, page).map(a -> view(a, null)), alerts.counts(scoped));
    }

    public record Queue(Page<AlertView> page, AlertCounts counts) {}

    @Transactional
    public AlertView get(UUID alertId) {
        AlertEntity a = readable(alertId);
        return view(a, history.forAlert(alertId).stream()
                .map(h -> new AlertView.AlertHistoryView(h.status, h.changedBy, h.note, h.changedAt)).toList());
    }

    @Transactional
    public List<AlertView> forCase(String caseId) {
        return alerts.forCase(caseId).stream().map(a -> view(a, null)).toList();
    }

    /** The case's alerts, each with its whole history (read in one query). */
    @Transactional
    public List<AlertView> forCaseWithHistory(String caseId) {
        List<AlertEntity> found = alerts.forCase(caseId);
        java.util.Map<UUID, List<AlertView.AlertHistoryView>> byAlert = new java.util.HashMap<>();
        for (var h : history.forAlerts(found.stream().map(a -> a.alertId).toList())) {
            byAlert.computeIfAbsent(h.alertId, k -> new java.util.ArrayList<>())
                    .add(new AlertView.AlertHistoryView(h.status, h.changedBy, h.note, h.changedAt));
        }
        return found.stream().map(a -> view(a, byAlert.getOrDefault(a.alertId, List.of()))).toList();
    }

    /**
     * The colleagues the caller may give an alert of this county to; empty while the directory is
     * off or Keycloak does not answer (the page still shows, an assignment is then refused with 503).
     */
    public List<ColleagueDirectory.Colleague> colleagues(String alertCounty) {
        if (!directory.enabled()) {
            return List.of();
        }
        try {
            return directory.forAlert(access.county(), alertCounty);
        } catch (ProblemException e) {
            if (e.status() != 503) {
                throw e;
            }
            return List.of();
        }
    }

    @Transactional
    public AlertView acknowledge(UUID alertId, Long expectedVersion, String note) {
        return change(alertId, expectedVersion, AlertStatus.ACKNOWLEDGED, note, null);
    }

    @Transactional
    public AlertView assign(UUID alertId, Long expectedVersion, String assignee, String note) {
        return change(alertId, expectedVersion, AlertStatus.ASSIGNED, note == null ? "Assigned to " + assignee : note,
                assignee);
    }

    @Transactional
    public AlertView escalate(UUID alertId, Long expectedVersion, String note) {
        return change(alertId, expectedVersion, AlertStatus.ESCALATED, note, null);
    }

    @Transactional
    public AlertView resolve(UUID alertId, Long expectedVersion, String note) {
        return change(alertId, expectedVersion, AlertStatus.RESOLVED, note, null);
    }

    private AlertView change(UUID alertId, Long expectedVersion, AlertStatus target, String note, String assignee) {
        access.county();
        AlertEntity a = alerts.findByIdOptional(alertId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Alert " + alertId));
        access.requireAccess("Alert " + alertId, a.countyCode);
        if (expectedVersion != null && expectedVersion != a.version) {
            throw new ProblemException(409, "stale-update", "The alert was changed by someone else",
                    "You sent version " + expectedVersion + " but the alert is at version " + a.version
                            + ": reload it and apply your change again", null, null);
        }
        String refusal = AlertLifecycle.refusal(a.status, target, note);
        if (refusal != null) {
            throw ProblemException.conflict("alert-transition-refused", refusal);
        }
        if (assignee != null) {
            directory.requireColleague(access.county(), a.countyCode, assignee);
            a.assignee = assignee;
        }
        alertService.change(a, target, access.account(), note);
        alerts.flush();
        return get(alertId);
    }

    private AlertFilter scoped(AlertFilter filter, Instant raisedBefore) {
        return filter.scoped(access.scopeCounty(filter.countyCode()), raisedBefore);
    }

    private AlertEntity readable(UUID alertId) {
        access.county();
        AlertEntity a = alerts.findByIdOptional(alertId).orElseThrow(() -> ProblemException.notFound("Alert " + alertId));
        access.requireAccess("Alert " + alertId, a.countyCode);
        return a;
    }

    private AlertView view(AlertEntity a, List<AlertView.AlertHistoryView> history) {
        long age = Math.max(0, Duration.between(a.raisedAt, clock.instant()).toDays());
        return new AlertView(a.alertId, a.caseId, a.alertType, a.severity, a.status, a.stage, a.countyCode,
                a.stationCode, a.reason, a.rule, a.dueAt, a.raisedAt, a.updatedAt, a.assignee, age, a.version, history,
                a.traceId);
    }
}
