package ke.haki.monitoring.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.kit.problem.ProblemException;
import ke.haki.monitoring.api.AlertView;
import ke.haki.monitoring.api.CaseFilter;
import ke.haki.monitoring.api.CaseView;
import ke.haki.monitoring.api.TimelineEntryView;
import ke.haki.monitoring.repository.MonitoredCaseEntity;
import ke.haki.monitoring.repository.MonitoredCaseRepository;
import ke.haki.monitoring.repository.TimelineRepository;

/** The monitor's read side of cases: listing, one case with its deadline, its timeline and alerts. */
@ApplicationScoped
public class CaseQueryService {

    @Inject
    MonitoredCaseRepository cases;

    @Inject
    TimelineRepository timeline;

    @Inject
    AlertFollowUpService alerts;

    @Inject
    MonitorAccess access;

    @Inject
    Clock clock;

    @Inject
    ke.haki.monitoring.repository.CaseFlowRepository flow;

    @Transactional
    public Page<CaseView> search(CaseFilter filter, PageRequest page) {
        CaseFilter scoped = new CaseFilter(access.scopeCounty(filter.countyCode()), filter.stationCode(), filter.stage());
        Instant now = clock.instant();
        return cases.search(scoped, page).map(c -> view(c, now));
    }

    @Transactional
    public CaseView get(String caseId) {
        return view(readable(caseId), clock.instant());
    }

    @Transactional
    public List<TimelineEntryView> timeline(String caseId) {
        readable(caseId);
        return timeline.forCase(caseId).stream().map(t -> new TimelineEntryView(t.eventId, t.eventType, t.agency,
                t.unitCode, t.sequence, t.occurredAt, t.summary)).toList();
    }

    @Transactional
    public List<AlertView> alerts(String caseId) {
        readable(caseId);
        return alerts.forCase(caseId);
    }

    /** The case's alerts with every change of each: who, when, what, the note. */
    @Transactional
    public List<AlertView> alertsWithHistory(String caseId) {
        readable(caseId);
        return alerts.forCaseWithHistory(caseId);
    }

    /** The next court date a sitting of the case set, from today in Kenya on. */
    @Transactional
    public java.util.Optional<java.time.LocalDate> nextCourtDate(String caseId) {
        readable(caseId);
        return flow.nextCourtDate(caseId, ke.haki.law.KenyanTime.today(clock));
    }

    private MonitoredCaseEntity readable(String caseId) {
        access.county();
        MonitoredCaseEntity c = cases.findByIdOptional(caseId)
                .orElseThrow(() -> ProblemException.notFound("Case " + caseId));
        access.requireAccess("Case " + caseId, c.countyCode);
        return c;
    }

    static CaseView view(MonitoredCaseEntity c, Instant now) {
        CaseView.DeadlineView deadline = null;
        if (c.nextDeadlineAt != null) {
            Duration left = Duration.between(now, c.nextDeadlineAt);
            deadline = new CaseView.DeadlineView(c.nextDeadlineAt, c.deadlineKind, left.isNegative() || left.isZero(),
                    left.toSeconds(), left.toString());
        }
        return new CaseView(c.caseId, c.stage, c.countyCode, c.stationCode, c.offence, c.victimPseudonym,
                c.victimAgeBand, c.obNumber, c.odppFileNumber, c.courtCaseNumber, c.reportedAt, c.lastEventAt,
                c.verdict, c.lastNpsSequence, c.lastOdppSequence, deadline);
    }
}
