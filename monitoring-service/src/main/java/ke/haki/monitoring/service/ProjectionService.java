package ke.haki.monitoring.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ke.haki.contract.Agency;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.EventDispatch;
import ke.haki.contract.EventType;
import ke.haki.law.ArraignmentDeadline;
import ke.haki.monitoring.config.MonitoringConfig;
import ke.haki.monitoring.domain.MonitoredCase;
import ke.haki.monitoring.domain.QuietCasePolicy;
import ke.haki.monitoring.domain.SequenceGapPolicy;
import ke.haki.monitoring.domain.Stage;
import ke.haki.monitoring.domain.TrialDelayPolicy;
import ke.haki.monitoring.repository.MonitoredCaseEntity;
import ke.haki.monitoring.repository.MonitoredCaseRepository;
import ke.haki.monitoring.repository.TimelineEntryEntity;
import ke.haki.monitoring.repository.TimelineRepository;
import ke.haki.monitoring.repository.TimerStore;

/**
 * Folds one NPS or ODPP event into the pseudonymised projection: the timeline row, the case's
 * stage and identifiers, the arraignment timers, sequence gaps and the case's next deadline.
 * Applying an event twice changes nothing (the timeline row is keyed by the event id). Raises no
 * alerts: that is {@link MonitoringService}'s job, so a rebuild can replay events through here.
 */
@ApplicationScoped
public class ProjectionService {

    /** Held shared by every event applied, exclusively by a rebuild. */
    static final long PROJECTION_LOCK = 0x4841_4b49_4d4fL; // "HAKIMO"

    public static final String DEADLINE_QUIET = "CASE_QUIET";
    public static final String DEADLINE_ARRAIGNMENT = "ARRAIGNMENT";
    public static final String DEADLINE_SEQUENCE_GAP = "SEQUENCE_GAP";
    public static final String DEADLINE_TRIAL = "TRIAL_DELAY";

    /** What an applied event changed that the rules care about. */
    public record Applied(MonitoredCaseEntity monitoredCase, Stage stageBefore, boolean progress,
            List<Long> gapsFilled) {}

    @Inject
    EntityManager em;

    @Inject
    MonitoredCaseRepository cases;

    @Inject
    TimelineRepository timeline;

    @Inject
    TimerStore timers;

    @Inject
    MonitoringConfig config;

    @Inject
    ArraignmentDeadline arraignment;

    void lockShared() {
        em.createNativeQuery("select pg_advisory_xact_lock_shared(?1)").setParameter(1, PROJECTION_LOCK)
                .getSingleResult();
    }

    void lockExclusive() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, PROJECTION_LOCK).getSingleResult();
    }

    /**
     * Why the event does not fit the case as the monitor knows it ({@link MonitoredCase#misfit}); empty
     * when it fits or was applied before. Changes nothing; locks the case's row for the rest of the transaction.
     */
    public Optional<String> misfit(CaseEvent event) {
        if (timeline.findByIdOptional(event.eventId()).isPresent()) {
            return Optional.empty();
        }
        // locked before it is read, so that no event of the other topic changes the case between the check and apply
        Optional<MonitoredCaseEntity> known = cases.findForUpdate(event.caseId());
        return known.map(ProjectionService::monitored).orElse(MonitoredCase.unseen()).misfit(event);
    }

    /** The case's row as the stage and lifecycle rules see it. */
    private static MonitoredCase monitored(MonitoredCaseEntity c) {
        return MonitoredCase.of(c.stage, c.reportedAt != null, c.judgmentAt, c.lastOdppSequence, c.lastEventAt,
                c.lastProgressAt);
    }

    /** @return what changed, or empty when the event was applied before or does not fit the case (a rebuild skips it) */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Applied> apply(CaseEvent event) {
        if (timeline.findByIdOptional(event.eventId()).isPresent() || misfit(event).isPresent()) {
            return Optional.empty();
        }
        em.createNativeQuery("insert into monitored_case (case_id) values (?1) on conflict do nothing")
                .setParameter(1, event.caseId()).executeUpdate();
        MonitoredCaseEntity c = cases.findForUpdate(event.caseId()).orElseThrow();

        TimelineEntryEntity entry = new TimelineEntryEntity();
        entry.eventId = event.eventId();
        entry.caseId = event.caseId();
        entry.eventType = event.type().typeName();
        entry.agency = event.actingUnit().agency().name();
        entry.unitCode = event.actingUnit().unitCode();
        entry.sequence = event.sequence();
        entry.occurredAt = event.occurredAt();
        String summary = event.payload().summary();
        entry.summary = summary.length() > 300 ? summary.substring(0, 300) : summary;
        timeline.persist(entry);

        List<Long> filled = trackSequence(c, event);
        EventDispatch.any(event, new PoliceFacts(c, timers, arraignment), new ProsecutionFacts(c, timers));
        MonitoredCase monitored = monitored(c);
        MonitoredCase.Change change = monitored.record(event, resumesAfterFailedDiversion(c, event));
        c.stage = monitored.stage();
        c.lastEventAt = monitored.lastEventAt();
        c.lastProgressAt = monitored.lastProgressAt();
        if (change.restartsQuietClock()) {
            c.quietDueAt = quietPolicy().dueAt(c.stage, c.lastProgressAt).orElse(null);
        }
        refreshDeadline(c);
        return Optional.of(new Applied(c, change.stageBefore(), change.progress(), filled));
    }

    /** Where a failed diversion returns the case, from the monitor's own facts: in court, charged, or under review. */
    private Stage resumesAfterFailedDiversion(MonitoredCaseEntity c, CaseEvent event) {
        if (event.type() != EventType.ODPP_DIVERSION_CONCLUDED) {
            return null;
        }
        if (c.chargedAt != null) {
            return Stage.IN_COURT;
        }
        return timeline.has(c.caseId, EventType.ODPP_CHARGE_APPROVED.typeName()) ? Stage.CHARGED : Stage.REFERRED;
    }

    QuietCasePolicy quietPolicy() {
        return new QuietCasePolicy(config.quiet().asLimits());
    }

    /** Sets the case's next deadline: the earliest of its quiet limit, arraignment timers and sequence gaps. */
    void refreshDeadline(MonitoredCaseEntity c) {
        record Deadline(Instant at, String kind) {}
        Stream<Deadline> quiet = Stream.ofNullable(c.quietDueAt).map(at -> new Deadline(at, DEADLINE_QUIET));
        Stream<Deadline> arrests = timers.runningArrestTimers(c.caseId).stream()
                .map(t -> new Deadline(t.dueBy(), DEADLINE_ARRAIGNMENT));
        Stream<Deadline> gaps = timers.waitingGaps(c.caseId).stream()
                .map(g -> new Deadline(g.graceUntil(), DEADLINE_SEQUENCE_GAP));
        Stream<Deadline> trial = Stream.ofNullable(trialDeadline(c)).map(at -> new Deadline(at, DEADLINE_TRIAL));
        Optional<Deadline> next = Stream.of(quiet, arrests, gaps, trial).flatMap(s -> s)
                .min(Comparator.comparing(Deadline::at));
        c.nextDeadlineAt = next.map(Deadline::at).orElse(null);
        c.deadlineKind = next.map(Deadline::kind).orElse(null);
    }

    /** The charge-to-judgment limit of a case in court that has no judgment and no alert for it yet. */
    Instant trialDeadline(MonitoredCaseEntity c) {
        if (c.chargedAt == null || c.judgmentAt != null || c.trialDelayAlerted || c.stage == null || !c.stage.awaitsJudgment()) {
            return null;
        }
        return c.chargedAt.plus(config.trialDelay().chargeToJudgment());
    }

    private List<Long> trackSequence(MonitoredCaseEntity c, CaseEvent event) {
        Agency agency = event.actingUnit().agency();
        long last = agency == Agency.NPS ? c.lastNpsSequence : c.lastOdppSequence;
        List<Long> filled = new ArrayList<>();
        if (event.sequence() > last) {
            SequenceGapPolicy policy = new SequenceGapPolicy(config.sequenceGapGrace());
            for (long missing : SequenceGapPolicy.missing(last, event.sequence())) {
                timers.addGap(c.caseId, agency, missing, policy.graceUntil(event.occurredAt()));
            }
            if (agency == Agency.NPS) {
                c.lastNpsSequence = event.sequence();
            } else {
                c.lastOdppSequence = event.sequence();
            }
        } else if (timers.fillGap(c.caseId, agency, event.sequence())) {
            filled.add(event.sequence());
        }
        return filled;
    }

    static TrialDelayPolicy.Streak streak(MonitoredCaseEntity c) {
        return new TrialDelayPolicy.Streak(c.adjournmentReason, c.adjournmentStreak, c.adjournmentStreakSince);
    }

}
